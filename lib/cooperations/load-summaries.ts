import "server-only";
import type { CompanyContext } from "../auth/access";
import type { Locale } from "../content/localize";
import { contentRegistry } from "../content";
import { db } from "../db/client";
import { getCooperation } from "./queries";
import { loadTrustState } from "./trust";
import { summarize, type CooperationSummary } from "./summary";

/** The company's active cooperations for the dashboard and the plan PDF (the comparison only for those who may see it). */
export async function loadCooperationSummaries(ctx: CompanyContext, locale: Locale): Promise<CooperationSummary[]> {
  const cycleQ = contentRegistry().latest("cooperation-cycle");
  if (!cycleQ) return [];
  const ids = await db().cooperation.findMany({ where: { companyId: ctx.companyId, status: "active" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return Promise.all(
    ids.map(async ({ id }) => {
      const c = await getCooperation(ctx, id);
      const state = ctx.can("trust.compare") ? await loadTrustState(ctx.companyId, id) : null;
      return summarize({
        id: c.id,
        partnerName: c.partnerName,
        field: c.field,
        cycle: c.cycle,
        currentStep: c.currentStep,
        step: c.step(c.cycle, c.currentStep),
        nextEvaluation: c.evaluations.at(-1)?.nextDate ?? null,
        cycleQ,
        locale,
        comparison: state?.state === "ready" ? state.comparison.pillars : null,
      });
    }),
  );
}
