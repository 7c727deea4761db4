import { NextResponse } from "next/server";
import { guestRoute } from "@/lib/http/handler";
import { withdrawPartner } from "@/lib/cooperations/partners";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

type P = { token: string };

/** The partner withdraws its answers: deleted, audited, the comparison disappears for both sides. */
export const POST = guestRoute<P>("answer", async (req, { ctx }) => {
  await withdrawPartner(ctx);
  return NextResponse.json({ message: translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value))("cooperation.partnerHome.withdrawnDone") });
});
