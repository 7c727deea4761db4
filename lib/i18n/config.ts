import type { Locale } from "../content/localize";

export const LOCALE_COOKIE = "kmu-locale";
export const defaultLocale: Locale = "de";
export const timeZone = "Europe/Berlin";

export function toLocale(v: string | undefined | null): Locale {
  return v === "en" ? "en" : "de";
}

/** The BCP 47 tag used for number and date formatting. */
export function intlLocale(locale: Locale): string {
  return locale === "de" ? "de-DE" : "en-GB";
}

/** A date formatter for the locale, in German time unless the options say otherwise. */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options });
}
