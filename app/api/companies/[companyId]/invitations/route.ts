import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { inviteSchema } from "@/lib/people/schemas";
import { createInvitation } from "@/lib/people/invitations";
import { consume } from "@/lib/auth/rate-limit";
import { mailConfigured } from "@/lib/mail/send";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

type P = { companyId: string };

/** Invites a colleague by e-mail or as a link; answers with the link (shown once). */
export const POST = companyRoute<P>("members.manage", async (req, { ctx }) => {
  const input = parseFields(inviteSchema, await readJson(req, z.record(z.string(), z.unknown()), 1024));
  await consume("invite", ctx.companyId);
  const { link, emailed } = await createInvitation(ctx, input);
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  const message = emailed ? (mailConfigured() ? t("people.invite.sent", { email: input.email! }) : t("people.invite.outbox", { email: input.email! })) : t("people.invite.linkReady");
  return NextResponse.json({ message, link }, { status: 201 });
});
