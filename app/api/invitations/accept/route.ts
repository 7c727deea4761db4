import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { tokenBodySchema } from "@/lib/people/schemas";
import { acceptInvitation } from "@/lib/people/invitations";
import { consume } from "@/lib/auth/rate-limit";
import { clientIpKey } from "@/lib/http/client-ip";

/** The signed-in user accepts an invitation link and becomes a member. */
export const POST = userRoute(async (req, { user }) => {
  const { token } = await readJson(req, tokenBodySchema, 512);
  await consume("tokenUse", `user:${user.id}`);
  await consume("tokenUse", `ip:${clientIpKey(req.headers.get("x-forwarded-for"))}`);
  const { companyId } = await acceptInvitation(user, token);
  return NextResponse.json({ url: `/companies/${companyId}` });
});
