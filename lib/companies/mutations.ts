import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { CreateCompanyInput } from "./schemas";

/** Creates a company with the creating user as its owner. */
export async function createCompany(user: SessionUser, input: CreateCompanyInput) {
  return db().$transaction(async (tx) => {
    const company = await tx.company.create({ data: input, select: { id: true, name: true } });
    await tx.membership.create({ data: { userId: user.id, companyId: company.id, role: "owner" } });
    await tx.auditEvent.create({ data: { companyId: company.id, userId: user.id, action: "company.create" } });
    return company;
  });
}
