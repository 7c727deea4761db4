"use client";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { JsonForm } from "@/components/ui/json-form";

/** Title, day, place, the self-checks and the anonymity threshold k; the server's messages appear beside the fields. */
export function WorkshopForm({ options, defaultK, today }: { options: { key: string; title: string; minutes: number }[]; defaultK: number; today: string }) {
  const t = useTranslations("workshops.form");
  return (
    <JsonForm action="/api/workshops" submitLabel={t("submit")} pendingLabel={t("creating")} arrays={["questionnaires"]} className="grid gap-4 sm:grid-cols-2" testId="workshop-form">
      {(err) => (
        <>
          <div className="sm:col-span-2">
            <TextField id="title" name="title" label={t("title")} error={err.title} required maxLength={120} />
          </div>
          <TextField id="date" name="date" type="date" label={t("date")} defaultValue={today} error={err.date} required />
          <TextField id="place" name="place" label={t("place")} error={err.place} required maxLength={120} />
          <fieldset className="sm:col-span-2" aria-describedby={err.questionnaires ? "questionnaires-error" : undefined}>
            <legend className="text-sm font-semibold">{t("questionnaires")}</legend>
            <div className="mt-2 space-y-2">
              {options.map((o, i) => (
                <label key={o.key} className="flex items-start gap-2">
                  <input type="checkbox" name="questionnaires" value={o.key} defaultChecked={i === 0} className="mt-1 h-4 w-4" />
                  <span>
                    {o.title} <span className="text-sm text-slate-600">({t("minutes", { minutes: o.minutes })})</span>
                  </span>
                </label>
              ))}
            </div>
            {err.questionnaires && <p id="questionnaires-error" role="alert" className="mt-1 text-sm font-medium text-red-800">{err.questionnaires}</p>}
          </fieldset>
          <TextField id="k" name="k" type="number" min={3} max={40} step={1} defaultValue={defaultK} label={t("k")} hint={t("kHint")} error={err.k} required />
        </>
      )}
    </JsonForm>
  );
}
