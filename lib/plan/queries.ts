import "server-only";
import { db } from "../db/client";
import type { CompanyContext } from "../auth/access";
import { PHASES, PLAN_STATUSES, type PhaseId, type PlanOverride, type PlanStatus } from "../planning/roadmap";

const isPhase = (v: string | null): v is PhaseId => PHASES.some((p) => p.id === v);
const isStatus = (v: string): v is PlanStatus => (PLAN_STATUSES as readonly string[]).includes(v);

/** The user's overrides of the computed plan for the checked company. */
export async function listPlanOverrides(ctx: CompanyContext): Promise<PlanOverride[]> {
  const rows = await db().planItem.findMany({ where: { companyId: ctx.companyId }, orderBy: { measureId: "asc" } });
  return rows.map((r) => ({
    measureId: r.measureId,
    effort: r.effort,
    benefit: r.benefit,
    phase: isPhase(r.phase) ? r.phase : null,
    ownerRole: r.ownerRole,
    dueDate: r.dueDate,
    status: isStatus(r.status) ? r.status : "open",
    chosen: r.chosen,
  }));
}
