import "server-only";
import { db } from "../db/client";
import { grantActive } from "../auth/policy";
import type { SessionUser } from "../auth/session";
import type { WorkshopRow } from "./access";

/** The signed-in user's workshops, newest day first, with how many companies joined. */
export async function listWorkshops(user: SessionUser) {
  const rows = await db().workshop.findMany({
    where: { advisorUserId: user.id },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, date: true, place: true, status: true, joinCode: true, _count: { select: { companies: true } } },
  });
  return rows.map((r) => ({ ...r, companies: r._count.companies }));
}

/**
 * The companies that consented that the advisor sees their result: those whose workshop consent
 * grant is in force right now (name and a link through that grant). Companies without consent are
 * only counted; the advisor learns nothing else about them.
 */
export async function consentedCompanies(w: WorkshopRow, now = new Date()) {
  const companies = await db().workshopCompany.findMany({ where: { workshopId: w.id }, select: { companyId: true, grantId: true, company: { select: { name: true } } } });
  const grantIds = companies.map((c) => c.grantId).filter((x): x is string => x !== null);
  const grants = grantIds.length
    ? await db().advisorGrant.findMany({ where: { id: { in: grantIds }, advisorUserId: w.advisorUserId }, select: { id: true, acceptedAt: true, revokedAt: true, expiresAt: true } })
    : [];
  const active = new Set(grants.filter((g) => grantActive(g, now)).map((g) => g.id));
  const consented = companies.filter((c) => c.grantId && active.has(c.grantId)).map((c) => ({ companyId: c.companyId, name: c.company.name }));
  consented.sort((a, b) => a.name.localeCompare(b.name, "de"));
  return { consented, without: companies.length - consented.length };
}

/** What the workshop's log (on the instance chain) can say, in the order the page names them. */
export const WORKSHOP_LOG_ACTIONS = ["workshop.create", "workshop.k", "workshop.close", "workshop.open", "workshop.group.pdf", "workshop.group.csv"] as const;
export type WorkshopLogAction = (typeof WORKSHOP_LOG_ACTIONS)[number];
export type WorkshopLogEntry = { seq: number; at: Date; action: WorkshopLogAction; meta: Record<string, unknown> };

/**
 * The workshop's own history for its advisor, newest first: created, k changed, closed and
 * reopened, and every group CSV or PDF that was downloaded (which published state, which language).
 * Joins are on each company's own log, not here.
 */
export async function workshopLog(w: WorkshopRow, take = 50): Promise<WorkshopLogEntry[]> {
  const rows = await db().auditEvent.findMany({
    where: { chain: "instance", target: w.id, action: { in: [...WORKSHOP_LOG_ACTIONS] } },
    orderBy: { seq: "desc" },
    take,
    select: { seq: true, createdAt: true, action: true, meta: true },
  });
  return rows.map((r) => ({ seq: r.seq, at: r.createdAt, action: r.action as WorkshopLogAction, meta: r.meta && typeof r.meta === "object" && !Array.isArray(r.meta) ? (r.meta as Record<string, unknown>) : {} }));
}
