import type { Questionnaire } from "../content/schema";
import { allElements } from "../content/elements";
import { isLocalized, type Locale } from "../content/localize";

const text = (v: unknown, locale: Locale): string | null => (isLocalized(v) ? v[locale] : typeof v === "string" ? v : null);

/** The localized question text of an item (falls back to its id). */
export function questionText(q: Questionnaire, itemId: string, locale: Locale): string {
  const el = allElements(q).find((e) => e.name === itemId);
  return (el && text(el.title, locale)) ?? itemId;
}

/** The localized text of an answer value (scored items: from the scale; others: from the choices). */
export function choiceText(q: Questionnaire, itemId: string, value: unknown, locale: Locale): string {
  const item = q.scoring?.items.find((i) => i.id === itemId);
  if (item) {
    const scale = q.scoring!.scales[item.scale];
    if (scale.notApplicable && value === scale.notApplicable.value) return scale.notApplicable.text[locale];
    const c = scale.choices.find((x) => x.value === value);
    if (c) return c.text[locale];
  }
  const el = allElements(q).find((e) => e.name === itemId);
  if (el && Array.isArray(el.choices)) {
    for (const c of el.choices as unknown[]) {
      if (c && typeof c === "object" && (c as { value: unknown }).value === value) return text((c as { text: unknown }).text, locale) ?? String(value);
      if (c === value) return String(value);
    }
  }
  return value === undefined || value === null ? "" : String(value);
}
