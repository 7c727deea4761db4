import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { tokenBodySchema } from "@/lib/people/schemas";
import { acceptGrant } from "@/lib/grants/mutations";
import { guardToken } from "@/lib/auth/rate-limit";
import { tokenKeys } from "@/lib/http/client-ip";

/** The advisor accepts a grant link with the account of the granted address. */
export const POST = userRoute(async (req, { user }) => {
  const { token } = await readJson(req, tokenBodySchema, 512);
  const keys = tokenKeys(req.headers, user.id);
  await guardToken(keys, () => acceptGrant(user, token));
  return NextResponse.json({ url: "/advisor" });
});
