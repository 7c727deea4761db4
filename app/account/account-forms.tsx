"use client";
import { useTranslations } from "use-intl";
import { JsonForm } from "@/components/ui/json-form";
import { TextField } from "@/components/ui/field";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  return (
    <JsonForm action="/api/account/password" submitLabel={t("changePasswordSubmit")} reset>
      {(err) => (
        <>
          <TextField id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} error={err.currentPassword} required />
          <TextField id="password" name="password" type="password" autoComplete="new-password" label={t("newPassword")} hint={t("passwordHint")} error={err.password} required />
        </>
      )}
    </JsonForm>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account");
  return (
    <JsonForm action="/api/account/delete" submitLabel={t("deleteSubmit")} variant="danger" confirmText={t("deleteConfirm")}>
      {(err) => <TextField id="delete-password" name="password" type="password" autoComplete="current-password" label={t("deletePassword")} error={err.password} required />}
    </JsonForm>
  );
}

export function ResetRequestForm() {
  const t = useTranslations("account");
  return (
    <JsonForm action="/api/password-reset" submitLabel={t("resetSubmit")}>
      {(err) => <TextField id="reset-email" name="email" type="email" autoComplete="email" label={t("email")} error={err.email} required />}
    </JsonForm>
  );
}

export function ResetConfirmForm({ token }: { token: string }) {
  const t = useTranslations("account");
  return (
    <JsonForm action="/api/password-reset/confirm" extra={{ token }} submitLabel={t("resetConfirmSubmit")}>
      {(err) => <TextField id="new-password" name="password" type="password" autoComplete="new-password" label={t("newPassword")} hint={t("passwordHint")} error={err.password} required />}
    </JsonForm>
  );
}
