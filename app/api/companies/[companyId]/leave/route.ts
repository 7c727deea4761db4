import { NextResponse } from "next/server";
import { companyRoute, readNoInput } from "@/lib/http/handler";
import { removeMember } from "@/lib/people/members";
import { actingUserId } from "@/lib/auth/access";

type P = { companyId: string };

/** A member leaves the company (the last owner cannot). */
export const POST = companyRoute<P>("people.read", async (req, { ctx }) => {
  await readNoInput(req);
  await removeMember(ctx, actingUserId(ctx));
  return NextResponse.json({ url: "/companies" });
});
