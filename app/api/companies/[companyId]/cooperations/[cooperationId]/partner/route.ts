import { NextResponse } from "next/server";
import { companyRoute } from "@/lib/http/handler";
import { invitePartner } from "@/lib/cooperations/partners";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

type P = { companyId: string; cooperationId: string };

/** Invites the partner to the two-sided trust check by link (again: a new link, the old one ends). */
export const POST = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const { link, renewed } = await invitePartner(ctx, params.cooperationId);
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  const abs = new URL(link, req.nextUrl.origin).toString();
  return NextResponse.json({ link: abs, message: renewed ? t("cooperation.trust.renewedText") : t("cooperation.trust.linkText") }, { status: 201 });
});
