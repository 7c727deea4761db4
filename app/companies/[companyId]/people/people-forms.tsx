"use client";
import { useTranslations } from "use-intl";
import { JsonButton, JsonForm } from "@/components/ui/json-form";
import { TextField } from "@/components/ui/field";
import type { Role } from "@/lib/auth/policy";

const radio = "h-4 w-4 accent-brand-700";

export function InviteForm({ companyId }: { companyId: string }) {
  const t = useTranslations("people");
  return (
    <JsonForm action={`/api/companies/${companyId}/invitations`} submitLabel={t("invite.submit")} reset testId="invite-form">
      {(err) => (
        <>
          <TextField id="invite-email" name="email" type="email" autoComplete="off" label={t("invite.email")} hint={t("invite.emailHint")} error={err.email} />
          <fieldset>
            <legend className="text-sm font-semibold">{t("invite.role")}</legend>
            <label className="mt-2 flex items-start gap-2 text-sm">
              <input type="radio" name="role" value="member" defaultChecked className={radio} />
              <span><strong>{t("roles.member")}</strong> – {t("invite.memberText")}</span>
            </label>
            <label className="mt-2 flex items-start gap-2 text-sm">
              <input type="radio" name="role" value="owner" className={radio} />
              <span><strong>{t("roles.owner")}</strong> – {t("invite.ownerText")}</span>
            </label>
          </fieldset>
        </>
      )}
    </JsonForm>
  );
}

export function MemberActions({ companyId, userId, name, role, canRemind }: { companyId: string; userId: string; name: string; role: Role; canRemind: boolean }) {
  const t = useTranslations("people");
  const base = `/api/companies/${companyId}/members/${userId}`;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {canRemind && <JsonButton action={`${base}/remind`} label={t("actions.remind")} variant="secondary" />}
      {role === "member" ? (
        <JsonButton action={base} method="PATCH" body={{ role: "owner" }} label={t("actions.makeOwner")} variant="secondary" confirmText={t("actions.makeOwnerConfirm", { name })} />
      ) : (
        <JsonButton action={base} method="PATCH" body={{ role: "member" }} label={t("actions.makeMember")} variant="secondary" />
      )}
      {role === "member" && <JsonButton action={`${base}/transfer`} label={t("actions.transfer")} variant="secondary" confirmText={t("actions.transferConfirm", { name })} />}
      <JsonButton action={base} method="DELETE" label={t("actions.remove")} variant="danger" confirmText={t("actions.removeConfirm", { name })} testId="remove-member" />
    </div>
  );
}

export function LeaveButton({ companyId }: { companyId: string }) {
  const t = useTranslations("people");
  return <JsonButton action={`/api/companies/${companyId}/leave`} label={t("actions.leave")} variant="danger" confirmText={t("actions.leaveConfirm")} />;
}

export function InvitationActions({ companyId, invitationId, canRemind }: { companyId: string; invitationId: string; canRemind: boolean }) {
  const t = useTranslations("people");
  const base = `/api/companies/${companyId}/invitations/${invitationId}`;
  return (
    <div className="flex flex-wrap gap-2">
      {canRemind && <JsonButton action={`${base}/remind`} label={t("actions.remind")} variant="secondary" />}
      <JsonButton action={base} method="DELETE" label={t("actions.withdraw")} variant="danger" />
    </div>
  );
}

export function GrantActions({ companyId, grantId, email }: { companyId: string; grantId: string; email: string }) {
  const t = useTranslations("people");
  return <JsonButton action={`/api/companies/${companyId}/grants/${grantId}`} method="DELETE" label={t("grant.revoke")} variant="danger" confirmText={t("grant.revokeConfirm", { email })} testId="revoke-grant" />;
}

/** The consent form: says in plain words what the advisor will see and until when. */
export function GrantForm({ companyId, companyName, today, inSixMonths }: { companyId: string; companyName: string; today: string; inSixMonths: string }) {
  const t = useTranslations("people");
  return (
    <JsonForm action={`/api/companies/${companyId}/grants`} submitLabel={t("grant.submit")} arrays={["scopes"]} reset testId="grant-form">
      {(err) => (
        <>
          <TextField id="grant-email" name="email" type="email" autoComplete="off" label={t("grant.email")} hint={t("grant.emailHint")} error={err.email} required />
          <fieldset>
            <legend className="text-sm font-semibold">{t("grant.parts")}</legend>
            <p className="mt-2 flex items-start gap-2 text-sm">
              <input type="checkbox" checked disabled aria-describedby="grant-always" className="h-4 w-4" />
              <span id="grant-always"><strong>{t("scopes.results")}</strong> – {t("grant.resultsText")}</span>
            </p>
            <label className="mt-2 flex items-start gap-2 text-sm">
              <input type="checkbox" name="scopes" value="pdfs" defaultChecked className="h-4 w-4 accent-brand-700" />
              <span><strong>{t("scopes.pdfs")}</strong> – {t("grant.pdfsText")}</span>
            </label>
            <label className="mt-2 flex items-start gap-2 text-sm">
              <input type="checkbox" name="scopes" value="answers" className="h-4 w-4 accent-brand-700" />
              <span><strong>{t("scopes.answers")}</strong> – {t("grant.answersText")}</span>
            </label>
          </fieldset>
          <TextField id="grant-until" name="until" type="date" min={today} defaultValue={inSixMonths} label={t("grant.until")} error={err.until} required />
          <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{t("grant.consent", { company: companyName })}</p>
        </>
      )}
    </JsonForm>
  );
}
