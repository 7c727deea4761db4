"use client";
import type { TextareaHTMLAttributes } from "react";
import { useTranslations } from "use-intl";
import { JsonButton, JsonForm } from "@/components/ui/json-form";
import { TextField } from "@/components/ui/field";
import { AGREEMENT_FIELDS } from "@/lib/cooperations/fields";
import type { Agreement, Profile } from "@/lib/cooperations/schemas";
import type { ChecklistItem, StepRecord } from "@/lib/cooperations/steps";

const area = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

function TextArea({ id, label, hint, error, ...props }: { id: string; label: string; hint?: string; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
      <textarea id={id} rows={3} {...props} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined} className={area} />
      {hint && !error && <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">{error}</p>}
    </div>
  );
}

export function NewCooperationForm({ companyId, today }: { companyId: string; today: string }) {
  const t = useTranslations("cooperation");
  return (
    <JsonForm action={`/api/companies/${companyId}/cooperations`} submitLabel={t("create")} testId="new-cooperation">
      {(err) => (
        <>
          <TextField id="partnerName" name="partnerName" label={t("partnerName")} hint={t("partnerNameHint")} error={err.partnerName} required maxLength={120} />
          <TextField id="field" name="field" label={t("field")} hint={t("fieldHint")} error={err.field} required maxLength={200} />
          <TextArea id="goal" name="goal" label={t("goal")} hint={t("goalHint")} error={err.goal} required maxLength={2000} />
          <TextField id="startDate" name="startDate" type="date" label={t("startDate")} error={err.startDate} defaultValue={today} required />
        </>
      )}
    </JsonForm>
  );
}

/** One step of the current cycle: checklist, notes, decisions, who and until when. */
export function StepForm({ action, items, rec }: { action: string; items: ChecklistItem[]; rec: StepRecord }) {
  const t = useTranslations("cooperation");
  return (
    <JsonForm action={action} method="PUT" submitLabel={t("save")} checkboxes={items.map((i) => `check_${i.id}`)} autosave testId="step-form">
      {(err) => (
        <>
          <fieldset>
            <legend className="text-base font-semibold">{t("checklist")}</legend>
            <p className="text-sm text-slate-600">{t("checklistHint")}</p>
            <ul className="mt-2 space-y-2">
              {items.map((i) => (
                <li key={i.id}>
                  <label className="flex items-start gap-3 text-sm">
                    <input type="checkbox" name={`check_${i.id}`} defaultChecked={rec.checklist[i.id] === true} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" data-item={i.id} />
                    <span>{i.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <TextArea id="notes" name="notes" label={t("notes")} defaultValue={rec.notes} error={err.notes} rows={4} maxLength={4000} />
          <TextArea id="decisions" name="decisions" label={t("decisions")} defaultValue={rec.decisions} error={err.decisions} maxLength={4000} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id="responsible" name="responsible" label={t("responsible")} hint={t("responsibleHint")} defaultValue={rec.responsible} error={err.responsible} maxLength={120} />
            <TextField id="dueDate" name="dueDate" type="date" label={t("dueDate")} defaultValue={rec.dueDate ?? ""} error={err.dueDate} />
          </div>
        </>
      )}
    </JsonForm>
  );
}

export function ProfileForm({ action, profile }: { action: string; profile: Profile }) {
  const t = useTranslations("cooperation.profile");
  return (
    <JsonForm action={action} method="PUT" submitLabel={t("save")} autosave testId="profile-form">
      {(err) => (
        <>
          <TextArea id="partnerBrings" name="partnerBrings" label={t("partnerBrings")} defaultValue={profile.partnerBrings} error={err.partnerBrings} maxLength={4000} />
          <TextArea id="weBring" name="weBring" label={t("weBring")} defaultValue={profile.weBring} error={err.weBring} maxLength={4000} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextArea id="mustHaves" name="mustHaves" label={t("mustHaves")} defaultValue={profile.mustHaves.join("\n")} error={err.mustHaves} rows={4} />
            <TextArea id="niceToHaves" name="niceToHaves" label={t("niceToHaves")} defaultValue={profile.niceToHaves.join("\n")} error={err.niceToHaves} rows={4} />
          </div>
        </>
      )}
    </JsonForm>
  );
}

export function AgreementForm({ action, agreement }: { action: string; agreement: Agreement }) {
  const t = useTranslations("cooperation.agreement");
  return (
    <JsonForm action={action} method="PUT" submitLabel={t("save")} autosave testId="agreement-form">
      {(err) => (
        <div className="grid gap-4 lg:grid-cols-2">
          {AGREEMENT_FIELDS.map((f) => (
            <TextArea key={f} id={`agreement-${f}`} name={f} label={t(`fields.${f}`)} defaultValue={agreement[f]} error={err[f]} rows={2} maxLength={4000} />
          ))}
        </div>
      )}
    </JsonForm>
  );
}

export function EvaluationForm({ action, defaultDate }: { action: string; defaultDate: string }) {
  const t = useTranslations("cooperation.evaluation");
  return (
    <JsonForm action={action} submitLabel={t("submit")} testId="evaluation-form">
      {(err) => (
        <>
          <TextArea id="goalsReached" name="goalsReached" label={t("goalsReached")} error={err.goalsReached} required maxLength={4000} />
          <TextArea id="profileFit" name="profileFit" label={t("profileFit")} error={err.profileFit} required maxLength={4000} />
          <TextArea id="costBenefit" name="costBenefit" label={t("costBenefit")} error={err.costBenefit} required maxLength={4000} />
          <TextArea id="consequences" name="consequences" label={t("consequences")} error={err.consequences} required maxLength={4000} />
          <TextField id="nextDate" name="nextDate" type="date" label={t("nextDate")} defaultValue={defaultDate} error={err.nextDate} />
        </>
      )}
    </JsonForm>
  );
}

export function AdvanceButton({ action, label, confirmText }: { action: string; label: string; confirmText?: string }) {
  return <JsonButton action={action} label={label} confirmText={confirmText} testId="advance-step" />;
}

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex items-center rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 print:hidden">
      {label}
    </button>
  );
}
