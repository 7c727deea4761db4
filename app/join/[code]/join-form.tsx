"use client";
import { useTranslations } from "use-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { JsonForm } from "@/components/ui/json-form";
import { naceSections, regions, sizeBands } from "@/lib/companies/options";

/** Joining: the company (or, with a colleague link, only oneself), an optional e-mail and a plain consent choice. */
export function JoinForm({ code, colleague }: { code: string; colleague: string | null }) {
  const t = useTranslations();
  return (
    <JsonForm action={`/api/join/${code}`} submitLabel={t("workshops.join.submit")} pendingLabel={t("workshops.join.joining")} checkboxes={colleague ? [] : ["consent"]} extra={colleague ? { colleague } : undefined} testId="join-form">
      {(err) => (
        <>
          {!colleague && (
            <>
              <TextField id="companyName" name="companyName" label={t("workshops.join.companyName")} error={err.companyName} required maxLength={120} autoComplete="organization" />
              <SelectField id="industry" name="industry" label={t("company.industry")} placeholder={t("company.choose")} error={err.industry} options={naceSections.map((s) => ({ value: s, label: `${s} – ${t(`nace.${s}` as never)}` }))} />
              <SelectField id="sizeBand" name="sizeBand" label={t("company.sizeBand")} placeholder={t("company.choose")} error={err.sizeBand} options={sizeBands.map((s) => ({ value: s, label: t(`sizeBands.${s}` as never) }))} />
              <SelectField id="region" name="region" label={t("company.region")} placeholder={t("company.choose")} error={err.region} options={regions.map((r) => ({ value: r, label: t(`regions.${r}` as never) }))} />
            </>
          )}
          <TextField id="name" name="name" label={t("workshops.join.name")} error={err.name} maxLength={100} autoComplete="name" />
          <TextField id="email" name="email" type="email" label={t("workshops.join.email")} hint={t("workshops.join.emailHint")} error={err.email} autoComplete="email" />
          {!colleague && (
            <fieldset className="rounded-md border border-slate-300 p-4">
              <legend className="px-1 text-sm font-semibold">{t("workshops.join.consentLegend")}</legend>
              <label className="flex items-start gap-3">
                <input type="checkbox" name="consent" className="mt-1 h-5 w-5 shrink-0" aria-describedby="consent-hint" />
                <span>{t("workshops.join.consent")}</span>
              </label>
              <p id="consent-hint" className="mt-2 text-sm text-slate-600">{t("workshops.join.consentHint")}</p>
            </fieldset>
          )}
        </>
      )}
    </JsonForm>
  );
}
