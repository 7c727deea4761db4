import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { CreateCompanyInput } from "./schemas";
import { audit, auditActor } from "../audit/write";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";

/** Creates a company with the creating user as its owner. */
export async function createCompany(user: SessionUser, input: CreateCompanyInput) {
  return db().$transaction(async (tx) => {
    const company = await tx.company.create({ data: input, select: { id: true, name: true } });
    await tx.membership.create({ data: { userId: user.id, companyId: company.id, role: "owner" } });
    await audit(tx, { companyId: company.id, userId: user.id, actor: user.email, via: "membership:owner", action: "company.create" });
    return company;
  });
}

/** Changes the company's base data (owners only). */
export async function updateCompany(ctx: CompanyContext, input: CreateCompanyInput) {
  await db().$transaction(async (tx) => {
    await tx.company.update({ where: { id: ctx.companyId }, data: input });
    await audit(tx, { ...auditActor(ctx), action: "company.update", meta: { ...input } });
  });
}

/**
 * Deletes the company with all its data (answers, results, plan, people, grants, invitations and
 * its access log). The typed name must match, so that it never happens by a slip.
 */
export async function deleteCompany(ctx: CompanyContext, confirmName: string) {
  await db().$transaction(async (tx) => {
    const c = await tx.company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { name: true } });
    if (confirmName.trim() !== c.name.trim()) throw new AppError("unprocessable", "confirmNameMismatch", { fieldKeys: { confirmName: "confirmNameMismatch" } });
    await tx.company.delete({ where: { id: ctx.companyId } });
    await tx.auditEvent.deleteMany({ where: { chain: ctx.companyId } });
    await audit(tx, { companyId: null, userId: ctx.userId, actor: ctx.actor, via: "membership:owner", action: "company.delete", target: ctx.companyId });
  });
}
