import { NextResponse } from "next/server";
import { companyRoute, readNoInput } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { advanceStep } from "@/lib/cooperations/mutations";
import { isStep } from "@/lib/cooperations/steps";

type P = { companyId: string; cooperationId: string; step: string };

/** Closes the step (it must be the current one) and opens the next. */
export const POST = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  await readNoInput(req);
  if (!isStep(params.step)) throw new AppError("not_found", "cooperationNotFound");
  const next = await advanceStep(ctx, params.cooperationId, params.step);
  return NextResponse.json({ url: `/companies/${params.companyId}/cooperations/${params.cooperationId}/steps/${next.step}` });
});
