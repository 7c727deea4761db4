"use client";
import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { createCompanyAction, type CreateCompanyState } from "./actions";
import { TextField, SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { naceSections, regions, sizeBands } from "@/lib/companies/schemas";

export function CreateCompanyForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<CreateCompanyState, FormData>(createCompanyAction, {});
  const err = (k: string) => (state.errors?.[k] ? t(`errors.${state.errors[k]}` as never) : undefined);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <TextField id="name" name="name" label={t("company.name")} defaultValue={state.values?.name} error={err("name")} required />
      </div>
      <SelectField
        id="industry"
        name="industry"
        label={t("company.industry")}
        placeholder={t("company.choose")}
        defaultValue={state.values?.industry}
        error={err("industry")}
        options={naceSections.map((s) => ({ value: s, label: `${s} – ${t(`nace.${s}` as never)}` }))}
      />
      <SelectField
        id="sizeBand"
        name="sizeBand"
        label={t("company.sizeBand")}
        placeholder={t("company.choose")}
        defaultValue={state.values?.sizeBand}
        error={err("sizeBand")}
        options={sizeBands.map((s) => ({ value: s, label: t(`sizeBands.${s}` as never) }))}
      />
      <SelectField
        id="region"
        name="region"
        label={t("company.region")}
        placeholder={t("company.choose")}
        defaultValue={state.values?.region}
        error={err("region")}
        options={regions.map((r) => ({ value: r, label: t(`regions.${r}` as never) }))}
      />
      <div className="flex items-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("company.creating") : t("company.create")}
        </Button>
      </div>
    </form>
  );
}
