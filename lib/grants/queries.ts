import "server-only";
import { db } from "../db/client";
import { READINESS_KEYS } from "../content/readiness";
import type { CompanyContext } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { grantActive, toScopes, type GrantScope } from "../auth/policy";
import { bandOf, type BandId } from "../scoring/bands";
import { mean, round1 } from "../scoring/numbers";

/** The company's grants, newest first, with their state. */
export async function listGrants(ctx: CompanyContext, now = new Date()) {
  const rows = await db().advisorGrant.findMany({ where: { companyId: ctx.companyId }, orderBy: { createdAt: "desc" } });
  return rows.map((g) => ({
    id: g.id,
    email: g.advisorEmail,
    scopes: toScopes(g.scopes),
    expiresAt: g.expiresAt,
    createdAt: g.createdAt,
    state: g.revokedAt ? ("revoked" as const) : g.expiresAt.getTime() <= now.getTime() ? ("expired" as const) : g.acceptedAt ? ("active" as const) : ("pending" as const),
    active: grantActive(g, now),
  }));
}

export type PortfolioEntry = {
  companyId: string;
  name: string;
  scopes: GrantScope[];
  expiresAt: Date;
  overall: number | null;
  band: BandId | null;
  resultAt: Date | null;
  plan: { done: number; inProgress: number; open: number };
  lastActivity: Date | null;
};

/**
 * The advisor's portfolio: every company whose grant is in force, with the latest overall score of
 * the digital-readiness check (mean of each respondent's latest submission), the plan items' state
 * and the last activity. Four queries, however many companies.
 */
export async function portfolio(user: SessionUser, now = new Date()): Promise<PortfolioEntry[]> {
  const grants = await db().advisorGrant.findMany({
    where: { advisorUserId: user.id, revokedAt: null, acceptedAt: { not: null }, expiresAt: { gt: now } },
    include: { company: { select: { id: true, name: true } } },
    orderBy: { createdAt: "desc" },
  });
  const byCompany = new Map<string, (typeof grants)[number]>();
  for (const g of grants) if (grantActive(g, now) && !byCompany.has(g.companyId)) byCompany.set(g.companyId, g);
  const ids = [...byCompany.keys()];
  if (!ids.length) return [];
  const [results, plan, activity] = await Promise.all([
    db().assessment.findMany({
      where: { companyId: { in: ids }, status: "submitted", questionnaireKey: { in: [...READINESS_KEYS] } },
      orderBy: { submittedAt: "desc" },
      select: { companyId: true, respondentId: true, submittedAt: true, snapshot: { select: { scores: true } } },
    }),
    db().planItem.groupBy({ by: ["companyId", "status"], where: { companyId: { in: ids } }, _count: { _all: true } }),
    db().assessment.groupBy({ by: ["companyId"], where: { companyId: { in: ids } }, _max: { updatedAt: true } }),
  ]);
  return ids.map((id) => {
    const g = byCompany.get(id)!;
    const seen = new Set<string>();
    const latest = results.filter((r) => r.companyId === id && !seen.has(r.respondentId) && seen.add(r.respondentId));
    const scores = latest.map((r) => (r.snapshot?.scores as { overall?: unknown } | null)?.overall).filter((v): v is number => typeof v === "number");
    const overall = scores.length ? round1(mean(scores)) : null;
    const count = (s: string) => plan.find((p) => p.companyId === id && p.status === s)?._count._all ?? 0;
    return {
      companyId: id,
      name: g.company.name,
      scopes: toScopes(g.scopes),
      expiresAt: g.expiresAt,
      overall,
      band: overall === null ? null : bandOf(overall),
      resultAt: latest[0]?.submittedAt ?? null,
      plan: { done: count("done"), inProgress: count("in_progress"), open: count("open") },
      lastActivity: activity.find((a) => a.companyId === id)?._max.updatedAt ?? null,
    };
  });
}

/** Whether the user holds any grant in force (the header then links to the portfolio); currentUser has read it already. */
export async function isAdvisor(user: SessionUser, now = new Date()): Promise<boolean> {
  if (typeof user.advisor === "boolean") return user.advisor; // read with the session row (currentUser)
  const n = await db().advisorGrant.count({ where: { advisorUserId: user.id, revokedAt: null, acceptedAt: { not: null }, expiresAt: { gt: now } } });
  return n > 0;
}
