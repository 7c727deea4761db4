import { NextResponse } from "next/server";
import { parseFields, publicRoute, readJson } from "@/lib/http/handler";
import { requestPasswordReset } from "@/lib/users/account";
import { emailSchema } from "@/lib/users/schemas";
import { consume } from "@/lib/auth/rate-limit";
import { mailConfigured } from "@/lib/mail/send";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

/** Asks for a reset link; the answer never tells whether the address has an account. */
export const POST = publicRoute(async (req) => {
  const { email } = parseFields(z.object({ email: emailSchema }).strict(), await readJson(req, z.record(z.string(), z.unknown()), 512));
  await consume("resetEmail", email);
  await requestPasswordReset(email);
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  return NextResponse.json({ message: mailConfigured() ? t("account.resetSent") : t("account.resetOutbox") });
});
