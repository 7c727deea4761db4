import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { tokenKeys } from "@/lib/http/client-ip";
import { claimSchema } from "@/lib/workshops/schemas";
import { redeemClaim } from "@/lib/workshops/claim";

/** The signed-in user takes a workshop company (and its results) into their account with the one-time code. */
export const POST = userRoute(async (req, { user }) => {
  const { code } = await readJson(req, claimSchema, 256);
  const { companyId } = await redeemClaim(user, code, tokenKeys(req.headers, user.id));
  return NextResponse.json({ companyId, url: `/companies/${companyId}` });
});
