import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { tokenBodySchema } from "@/lib/people/schemas";
import { acceptInvitation } from "@/lib/people/invitations";
import { guardToken } from "@/lib/auth/rate-limit";
import { tokenKeys } from "@/lib/http/client-ip";

/** The signed-in user accepts an invitation link and becomes a member. */
export const POST = userRoute(async (req, { user }) => {
  const { token } = await readJson(req, tokenBodySchema, 512);
  const keys = tokenKeys(req.headers, user.id);
  const { companyId } = await guardToken(keys, () => acceptInvitation(user, token));
  return NextResponse.json({ url: `/companies/${companyId}` });
});
