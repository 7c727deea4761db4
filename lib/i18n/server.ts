import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "use-intl/core";
import { de, en } from "@/messages";
import { LOCALE_COOKIE, toLocale, timeZone } from "./config";
import type { Locale } from "../content/localize";

export type Messages = typeof de;
export const messagesByLocale: Record<Locale, Messages> = { de, en };

export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale], timeZone });
}

/** Translator for the current request's locale. */
export async function getT() {
  const locale = await getLocale();
  return { t: translator(locale), locale };
}
