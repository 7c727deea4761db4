import { createTranslator } from "use-intl/core";
import { de, en } from "@/messages";
import type { Locale } from "@/lib/content/localize";
import type { CompanyViewLabels } from "@/lib/report/company-view";
import { dateFormat } from "@/lib/i18n/config";
import { keepAbbreviationsTogether, mapStrings } from "@/lib/text/typography";

/**
 * Translator for the PDF (namespace `plan` plus `bands`, `nace`, `sizeBands`, `regions`). Pure:
 * works in the render worker and in the CLI, where there is no request. Its texts keep
 * abbreviations such as "z. B." on one line (`keepAbbreviationsTogether`).
 */
export function planTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: locale === "en" ? en : de, timeZone: "Europe/Berlin" });
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const tt = (key: string, values?: Record<string, string | number>) => keepAbbreviationsTogether(translate(key, values));
  const raw = (key: string) => mapStrings(t.raw(key as never) as unknown, keepAbbreviationsTogether);
  // one formatter each: a plan formats ~100 dates, and building an Intl formatter is the costly part
  const long = dateFormat(locale, { dateStyle: "long" });
  const medium = dateFormat(locale, { dateStyle: "medium" });
  const date = (iso: string) => long.format(new Date(iso));
  const shortDate = (iso: string) => medium.format(new Date(iso));
  const num = (n: number | null) => (n === null ? "–" : String(Math.round(n)));
  return { t: tt, raw, date, shortDate, num, locale };
}
export type PlanText = ReturnType<typeof planTranslator>;

/** The UI labels the CompanyView builder takes, from the message files. */
export function planViewLabels(locale: Locale): CompanyViewLabels {
  const { t, raw } = planTranslator(locale);
  const map = <K extends string>(keys: readonly K[], f: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;
  return {
    bands: Object.fromEntries((["starting", "exploring", "advancing", "leading"] as const).map((b) => [b, { name: t(`bands.${b}.name`), meaning: t(`bands.${b}.meaning`) }])) as CompanyViewLabels["bands"],
    quadrants: map(["quick-win", "strategic", "fill-in", "later"] as const, (q) => t(`plan.quadrant.${q}`)),
    phases: map(["0-3", "3-12", "12-24"] as const, (p) => t(`plan.phase.${p}`)),
    statuses: map(["open", "in_progress", "done"] as const, (s) => t(`plan.status.${s}`)),
    contextFields: map(["sizeBand", "itCapacity", "productionType", "systems", "network"] as const, (f) => t(`plan.contextFields.${f}`)),
    whyDimension: t("plan.whyDimension", { title: "{title}", score: "{score}", relevance: "{relevance}" }),
    viewOfPartner: t("plan.viewOfPartner"),
    relevance: { 1: t("plan.relevance.1"), 2: t("plan.relevance.2"), 3: t("plan.relevance.3") },
    // the same texts as the dashboard (one text per thing)
    planText: raw("dashboard.labels.planText") as CompanyViewLabels["planText"],
  };
}
