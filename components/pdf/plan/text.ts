import { createTranslator } from "use-intl/core";
import { de, en } from "@/messages";
import type { Locale } from "@/lib/content/localize";

/**
 * Translator for the PDF (namespace `plan` plus `bands`, `nace`, `sizeBands`, `regions`). Pure:
 * works in the render worker and in the CLI, where there is no request.
 */
export function planTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: locale === "en" ? en : de, timeZone: "Europe/Berlin" });
  const tt = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const raw = (key: string) => t.raw(key as never) as unknown;
  const date = (iso: string) => new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date(iso));
  const shortDate = (iso: string) => new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date(iso));
  const num = (n: number | null) => (n === null ? "–" : String(Math.round(n)));
  return { t: tt, raw, date, shortDate, num, locale };
}
export type PlanText = ReturnType<typeof planTranslator>;
