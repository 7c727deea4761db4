import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import type { PlanPatch } from "./schemas";
import { audit, auditActor } from "../audit/write";

/**
 * Saves the user's change of one plan item (upsert per company and measure). Only the fields in the
 * patch change; `null` resets a field to the computed value. The computation reads these overrides
 * and applies them on top, so they survive every re-computation.
 */
export async function updatePlanItem(ctx: CompanyContext, measureId: string, patch: PlanPatch) {
  const catalogue = contentRegistry().catalogue();
  if (!catalogue?.measures.some((m) => m.id === measureId)) throw new AppError("unprocessable", "unknownMeasure");
  let dueDate: Date | null | undefined = undefined;
  if (patch.dueDate !== undefined) {
    dueDate = patch.dueDate === null ? null : new Date(`${patch.dueDate}T00:00:00Z`);
    const year = dueDate?.getUTCFullYear();
    if (year !== undefined && (year < 2000 || year > 2100)) throw new AppError("unprocessable", "dueDateOutOfRange");
  }
  const data = {
    ...(patch.effort !== undefined && { effort: patch.effort }),
    ...(patch.benefit !== undefined && { benefit: patch.benefit }),
    ...(patch.phase !== undefined && { phase: patch.phase }),
    ...(patch.ownerRole !== undefined && { ownerRole: patch.ownerRole }),
    ...(dueDate !== undefined && { dueDate }),
    ...(patch.status !== undefined && { status: patch.status }),
    ...(patch.chosen !== undefined && { chosen: patch.chosen }),
  };
  return db().$transaction(async (tx) => {
    const item = await tx.planItem.upsert({
      where: { companyId_measureId: { companyId: ctx.companyId, measureId } },
      create: { companyId: ctx.companyId, measureId, catalogVersion: catalogue.version, ...data },
      update: { ...data, catalogVersion: catalogue.version },
    });
    await audit(tx, { ...auditActor(ctx), action: "plan.update", target: measureId, meta: data.status || data.chosen !== undefined ? { ...(data.status && { status: data.status }), ...(data.chosen !== undefined && { chosen: data.chosen }) } : null });
    return item;
  });
}
