import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { updatePlanItem } from "@/lib/plan/mutations";
import { measureIdSchema, planPatchSchema, MAX_PLAN_PATCH_BYTES } from "@/lib/plan/schemas";

type P = { companyId: string; measureId: string };

/** Saves the user's change of one plan item (effort, benefit, phase, owner, due date, status). */
export const PATCH = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  if (!measureIdSchema.safeParse(params.measureId).success) throw new AppError("unprocessable", "unknownMeasure");
  const patch = await readJson(req, planPatchSchema, MAX_PLAN_PATCH_BYTES);
  const item = await updatePlanItem(ctx, params.measureId, patch);
  return NextResponse.json({
    measureId: item.measureId,
    effort: item.effort,
    benefit: item.benefit,
    phase: item.phase,
    ownerRole: item.ownerRole,
    dueDate: item.dueDate?.toISOString().slice(0, 10) ?? null,
    status: item.status,
    updatedAt: item.updatedAt.toISOString(),
  });
});
