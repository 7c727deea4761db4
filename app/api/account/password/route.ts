import { NextResponse } from "next/server";
import { parseFields, readJson, userRoute } from "@/lib/http/handler";
import { changePassword } from "@/lib/users/account";
import { changePasswordSchema } from "@/lib/users/schemas";
import { consume } from "@/lib/auth/rate-limit";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

/** Changes the password (the current one is required); other sessions end. */
export const POST = userRoute(async (req, { user }) => {
  const input = parseFields(changePasswordSchema, await readJson(req, z.record(z.string(), z.unknown()), 1024));
  await consume("signInEmail", user.email);
  await changePassword(user, input.currentPassword, input.password);
  return NextResponse.json({ message: translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value))("account.passwordChanged") });
});
