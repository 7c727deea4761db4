import { NextResponse } from "next/server";
import { publicRoute, readJson } from "@/lib/http/handler";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

/** Switches the interface language (a cookie; no account needed). */
export const POST = publicRoute(async (req) => {
  const { locale } = await readJson(req, z.object({ locale: z.enum(["de", "en"]) }).strict(), 256);
  const res = NextResponse.json({ locale: toLocale(locale) });
  res.cookies.set(LOCALE_COOKIE, toLocale(locale), { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: true });
  return res;
});
