import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { grantSchema } from "@/lib/people/schemas";
import { createGrant } from "@/lib/grants/mutations";
import { consume } from "@/lib/auth/rate-limit";
import { mailConfigured } from "@/lib/mail/send";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

type P = { companyId: string };

/** Grants an advisor read access to chosen parts until a day; the advisor gets a link by e-mail. */
export const POST = companyRoute<P>("grants.manage", async (req, { ctx }) => {
  const input = parseFields(grantSchema, await readJson(req, z.record(z.string(), z.unknown()), 1024));
  await consume("invite", ctx.companyId);
  const { link } = await createGrant(ctx, input);
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  return NextResponse.json({ message: mailConfigured() ? t("people.grant.sent", { email: input.email }) : t("people.grant.outbox", { email: input.email }), link }, { status: 201 });
});
