import { NextResponse } from "next/server";
import { parseFields, readJson, userRoute } from "@/lib/http/handler";
import { deleteAccount } from "@/lib/users/account";
import { consume } from "@/lib/auth/rate-limit";
import { z } from "zod";

/** Deletes the signed-in user's account (password required). */
export const POST = userRoute(async (req, { user }) => {
  const { password } = parseFields(z.object({ password: z.string().min(1, "passwordRequired").max(200) }).strict(), await readJson(req, z.record(z.string(), z.unknown()), 1024));
  await consume("signInEmail", user.email);
  await deleteAccount(user, password);
  return NextResponse.json({ url: "/?accountDeleted=1" });
});
