"use client";
import { useTranslations } from "use-intl";
import { JsonForm } from "@/components/ui/json-form";
import { TextField } from "@/components/ui/field";

export function DeleteCompanyForm({ companyId, name }: { companyId: string; name: string }) {
  const t = useTranslations("people.settings");
  return (
    <JsonForm action={`/api/companies/${companyId}/delete`} submitLabel={t("deleteSubmit")} variant="danger" confirmText={t("deleteConfirm", { name })}>
      {(err) => <TextField id="confirmName" name="confirmName" autoComplete="off" label={t("deleteLabel", { name })} error={err.confirmName} required />}
    </JsonForm>
  );
}
