import { NextResponse } from "next/server";
import { guestRoute, readNoInput } from "@/lib/http/handler";
import { getT } from "@/lib/i18n/server";
import { newColleagueLink } from "@/lib/workshops/participant";

/** A fresh link for colleagues of the participant's company. */
export const POST = guestRoute<{ token: string }>("company.read", async (req, { ctx }) => {
  await readNoInput(req);
  const link = await newColleagueLink(ctx);
  const { t } = await getT();
  return NextResponse.json({ link, message: t("workshops.home.colleagueCreated") }, { status: 201 });
});
