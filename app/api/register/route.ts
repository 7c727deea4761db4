import { NextResponse } from "next/server";
import { publicRoute, readJson } from "@/lib/http/handler";
import { registerSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/mutations";
import { trustedClientIp } from "@/lib/http/client-ip";
import { consume, refund } from "@/lib/auth/rate-limit";
import { AppError, isAppError } from "@/lib/errors";
import { z } from "zod";

const bodySchema = z.object({ name: z.string().optional(), email: z.string(), password: z.string() });

/**
 * Registration. Validation comes first and costs no budget: malformed requests, from anyone, can
 * never use up the limits (lib/auth/rate-limit.ts). A valid request takes a point per client address
 * (only behind a trusted proxy) and one of the instance-wide flood guard before the password is
 * hashed; an e-mail that is already taken gives the shared point back.
 */
export const POST = publicRoute(async (req) => {
  const raw = await readJson(req, bodySchema, 4096);
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("unprocessable", parsed.error.issues[0]?.message ?? "invalidInput", {
      fields: parsed.error.issues.map((i) => ({ field: i.path.join("."), key: i.message })),
    });
  }
  const ip = trustedClientIp(req.headers.get("x-forwarded-for"));
  if (ip !== null) await consume("register", ip);
  try {
    await consume("registerAll", "instance");
  } catch (e) {
    if (ip !== null) await refund("register", ip);
    throw e;
  }
  try {
    const user = await createUser(parsed.data);
    return NextResponse.json({ id: user.id }, { status: 201 });
  } catch (e) {
    // a taken e-mail created nothing: the shared guard gets its point back; the client's own
    // budget does not, so it still brakes one client probing which addresses are registered
    if (isAppError(e) && e.code === "conflict") await refund("registerAll", "instance");
    throw e;
  }
});
