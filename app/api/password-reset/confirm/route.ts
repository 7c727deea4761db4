import { NextResponse } from "next/server";
import { parseFields, publicRoute, readJson } from "@/lib/http/handler";
import { confirmPasswordReset } from "@/lib/users/account";
import { passwordSchema } from "@/lib/users/schemas";
import { guardToken } from "@/lib/auth/rate-limit";
import { tokenKeys } from "@/lib/http/client-ip";
import { z } from "zod";

/** Sets a new password with a reset link; every session of the account ends. */
export const POST = publicRoute(async (req) => {
  const input = parseFields(z.object({ token: z.string().max(200), password: passwordSchema }).strict(), await readJson(req, z.record(z.string(), z.unknown()), 1024));
  await guardToken(tokenKeys(req.headers), () => confirmPasswordReset(input.token, input.password));
  return NextResponse.json({ url: "/login?reset=1" });
});
