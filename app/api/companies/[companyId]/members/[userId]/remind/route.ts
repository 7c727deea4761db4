import { NextResponse } from "next/server";
import { companyRoute } from "@/lib/http/handler";
import { remind } from "@/lib/people/invitations";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

type P = { companyId: string; userId: string };

/** Reminds a member to finish their questionnaire (at most once a day). */
export const POST = companyRoute<P>("members.manage", async (req, { params, ctx }) => {
  if (!isValidId(params.userId)) throw new AppError("not_found", "memberNotFound");
  await remind(ctx, { userId: params.userId });
  return NextResponse.json({ message: translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value))("people.reminded") });
});
