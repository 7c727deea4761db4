"use client";
import { useTranslations } from "use-intl";
import { TextField, SelectField } from "@/components/ui/field";
import { JsonForm } from "@/components/ui/json-form";
import { naceSections, regions, sizeBands } from "@/lib/companies/options";

/** Creates a company (or, with `companyId`, changes its base data); the server's messages appear beside the fields. */
export function CreateCompanyForm({ companyId, values }: { companyId?: string; values?: Record<string, string> } = {}) {
  const t = useTranslations();
  return (
    <JsonForm
      action={companyId ? `/api/companies/${companyId}` : "/api/companies"}
      method={companyId ? "PATCH" : "POST"}
      submitLabel={companyId ? t("people.settings.save") : t("company.create")}
      pendingLabel={companyId ? t("form.sending") : t("company.creating")}
      className="grid gap-4 sm:grid-cols-2"
    >
      {(err) => (
        <>
          <div className="sm:col-span-2">
            <TextField id="name" name="name" label={t("company.name")} defaultValue={values?.name} error={err.name} required />
          </div>
          <SelectField
            id="industry"
            name="industry"
            label={t("company.industry")}
            placeholder={t("company.choose")}
            defaultValue={values?.industry}
            error={err.industry}
            options={naceSections.map((s) => ({ value: s, label: `${s} – ${t(`nace.${s}` as never)}` }))}
          />
          <SelectField
            id="sizeBand"
            name="sizeBand"
            label={t("company.sizeBand")}
            placeholder={t("company.choose")}
            defaultValue={values?.sizeBand}
            error={err.sizeBand}
            options={sizeBands.map((s) => ({ value: s, label: t(`sizeBands.${s}` as never) }))}
          />
          <SelectField
            id="region"
            name="region"
            label={t("company.region")}
            placeholder={t("company.choose")}
            defaultValue={values?.region}
            error={err.region}
            options={regions.map((r) => ({ value: r, label: t(`regions.${r}` as never) }))}
          />
        </>
      )}
    </JsonForm>
  );
}
