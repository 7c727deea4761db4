import type { Localized } from "./schema";

export type Locale = "de" | "en";
export const locales: readonly Locale[] = ["de", "en"] as const;

export function isLocalized(v: unknown): v is Localized {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Localized).de === "string" && typeof (v as Localized).en === "string";
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Replaces every `{de, en}` object in a JSON tree by the string of one locale. */
export function localizeDeep<T>(value: T, locale: Locale): unknown {
  if (isLocalized(value)) return value[locale];
  if (Array.isArray(value)) return value.map((v) => localizeDeep(v, locale));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeDeep(v, locale)]));
  }
  return value;
}
