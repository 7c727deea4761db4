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

export function getCompany(ctx: CompanyContext) {
  return db().company.findUniqueOrThrow({
    where: { id: ctx.companyId },
    select: { id: true, name: true, industry: true, sizeBand: true, region: true, createdAt: true },
  });
}
