import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import type { RegisterInput } from "./schemas";

export async function createUser(input: RegisterInput): Promise<{ id: string; email: string }> {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "emailTaken");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: { email: input.email, name: input.name || null, passwordHash },
      select: { id: true, email: true },
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new AppError("conflict", "emailTaken");
    throw e;
  }
}
