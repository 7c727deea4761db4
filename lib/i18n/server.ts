import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import { de, en } from "@/messages";
import { LOCALE_COOKIE, toLocale, timeZone } from "./config";
import type { Locale } from "../content/localize";

export type Messages = typeof de;
export const messagesByLocale: Record<Locale, Messages> = { de, en };

/** The request's locale; read once per request (React cache) however many components ask. */
export const getLocale = cache(async (): Promise<Locale> => toLocale((await cookies()).get(LOCALE_COOKIE)?.value));

const translators = new Map<Locale, ReturnType<typeof build>>();
const build = (locale: Locale) => createTranslator({ locale, messages: messagesByLocale[locale], timeZone });

/** The translator of a locale, built once per process (the catalogue never changes while it runs). */
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = build(locale)));
  return t;
}

/** Translator for the current request's locale. */
export async function getT() {
  const locale = await getLocale();
  return { t: translator(locale), locale };
}
