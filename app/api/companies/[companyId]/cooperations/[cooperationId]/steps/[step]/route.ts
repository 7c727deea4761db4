import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { updateStep } from "@/lib/cooperations/mutations";
import { isStep } from "@/lib/cooperations/steps";
import { MAX_COOPERATION_BYTES, stepPatchSchema } from "@/lib/cooperations/schemas";

type P = { companyId: string; cooperationId: string; step: string };

/** Notes, decisions, responsible person, date and checklist of one step of the current cycle. */
export const PUT = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  if (!isStep(params.step)) throw new AppError("not_found", "cooperationNotFound");
  const body = await readJson(req, z.record(z.string(), z.unknown()), MAX_COOPERATION_BYTES);
  // the form sends each checklist item as a checkbox field "check_<item id>"
  const checks = Object.entries(body).filter(([k]) => k.startsWith("check_"));
  const rest = Object.fromEntries(Object.entries(body).filter(([k]) => !k.startsWith("check_")));
  const patch = parseFields(stepPatchSchema, checks.length ? { ...rest, checklist: Object.fromEntries(checks.map(([k, v]) => [k.slice(6), v])) } : rest);
  await updateStep(ctx, params.cooperationId, params.step, patch);
  return NextResponse.json({ ok: true });
});
