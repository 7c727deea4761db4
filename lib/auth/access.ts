import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { SessionUser } from "./session";

/**
 * The checked context every company-scoped query takes. It exists only after the membership of
 * the signed-in user was verified, so a company id from the client alone never reaches a query.
 */
export type CompanyContext = { readonly companyId: string; readonly userId: string; readonly role: "owner" | "member" };

const idPattern = /^[a-z0-9]{10,40}$/;

/** Unknown company and foreign company look the same (404), so ids of others leak nothing. */
export async function requireCompany(user: SessionUser, companyId: string): Promise<CompanyContext> {
  if (!idPattern.test(companyId)) throw new AppError("not_found", "companyNotFound");
  const m = await db().membership.findUnique({
    where: { userId_companyId: { userId: user.id, companyId } },
    select: { role: true },
  });
  if (!m) throw new AppError("not_found", "companyNotFound");
  return { companyId, userId: user.id, role: m.role === "owner" ? "owner" : "member" };
}

export function isValidId(id: string): boolean {
  return idPattern.test(id);
}
