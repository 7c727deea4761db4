import { NextResponse } from "next/server";
import { publicRoute, readJson } from "@/lib/http/handler";
import { registerSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/mutations";
import { clientIpKey } from "@/lib/http/client-ip";
import { consume } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { z } from "zod";

const bodySchema = z.object({ name: z.string().optional(), email: z.string(), password: z.string() });

export const POST = publicRoute(async (req) => {
  await consume("register", clientIpKey(req.headers.get("x-forwarded-for")));
  const raw = await readJson(req, bodySchema, 4096);
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("unprocessable", parsed.error.issues[0]?.message ?? "invalidInput", {
      fields: parsed.error.issues.map((i) => ({ field: i.path.join("."), key: i.message })),
    });
  }
  const user = await createUser(parsed.data);
  return NextResponse.json({ id: user.id }, { status: 201 });
});
