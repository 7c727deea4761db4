import { NextResponse } from "next/server";
import { companyRoute } from "@/lib/http/handler";
import { remind } from "@/lib/people/invitations";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

type P = { companyId: string; invitationId: string };

/** Sends the invited colleague a reminder with a fresh link. */
export const POST = companyRoute<P>("members.manage", async (req, { params, ctx }) => {
  if (!isValidId(params.invitationId)) throw new AppError("not_found", "invitationNotFound");
  await remind(ctx, { invitationId: params.invitationId });
  return NextResponse.json({ message: translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value))("people.reminded") });
});
