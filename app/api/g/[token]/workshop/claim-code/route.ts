import { NextResponse } from "next/server";
import { guestRoute, readNoInput } from "@/lib/http/handler";
import { getT } from "@/lib/i18n/server";
import { createClaimCode } from "@/lib/workshops/participant";
import { formatClaimCode } from "@/lib/workshops/join-code";

/** A one-time code (and, with an e-mail, a mailed link) that takes the participant's company into an account. */
export const POST = guestRoute<{ token: string }>("results.read", async (req, { ctx }) => {
  await readNoInput(req);
  const { code, mailedTo } = await createClaimCode(ctx);
  const { t } = await getT();
  const message = [t("workshops.home.claimCreated", { code: formatClaimCode(code) }), mailedTo ? t("workshops.home.claimMailed", { email: mailedTo }) : null].filter(Boolean).join(" ");
  return NextResponse.json({ code, message }, { status: 201 });
});
