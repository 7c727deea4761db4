import type { Locale } from "../content/localize";

export const LOCALE_COOKIE = "kmu-locale";
export const defaultLocale: Locale = "de";
export const timeZone = "Europe/Berlin";

export function toLocale(v: string | undefined | null): Locale {
  return v === "en" ? "en" : "de";
}
