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

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for the locale, in German time unless the options say otherwise. Made once per
 * locale and options (pages call it for every date they show, and building an Intl.DateTimeFormat
 * costs far more than using one: 0.36 ms of a result page's 18 ms went into building them).
 */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, ...options });
    // the options come from the code, not from input: a handful of keys
    if (formats.size < 200) formats.set(key, format);
  }
  return format;
}

const wallClock = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** How far German time is ahead of UTC at `instant`, in ms (1 h in winter, 2 h in summer). */
function offsetMs(instant: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The last moment of a calendar day ("YYYY-MM-DD") in German time: what "bis einschließlich"
 * means to a German user. (23:59 UTC was 01:59 of the next day in Berlin, so access granted
 * "until 6 June" ran into 7 June and every page showed the 7th.)
 */
export function endOfDayInGermany(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const nextMidnightUtc = Date.UTC(y, m - 1, d + 1);
  let local = nextMidnightUtc - offsetMs(nextMidnightUtc);
  local = nextMidnightUtc - offsetMs(local); // the day a clock change happens
  return new Date(local - 1);
}
