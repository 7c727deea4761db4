import "server-only";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { CompanyContext } from "../auth/access";

/** "Meine Unternehmen": the companies the user is a member of. */
export function listMyCompanies(user: SessionUser) {
  return db().company.findMany({
    where: { memberships: { some: { userId: user.id } } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      industry: true,
      sizeBand: true,
      region: true,
      _count: { select: { assessments: true } },
    },
  });
}

const companySelect = { id: true, name: true, industry: true, sizeBand: true, region: true, createdAt: true } as const;

export function getCompany(ctx: CompanyContext) {
  return db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: companySelect });
}

/** The same with the stored company profile, in one statement (the company page shows both). */
export function getCompanyWithProfile(ctx: CompanyContext) {
  return db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { ...companySelect, profile: true } });
}

/** The answers of the company-profile questionnaire (null until it was submitted once). */
export async function getCompanyProfile(ctx: CompanyContext): Promise<unknown> {
  const c = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { profile: true } });
  return c.profile;
}
