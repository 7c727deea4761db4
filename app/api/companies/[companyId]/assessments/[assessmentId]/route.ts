import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { saveAnswers } from "@/lib/assessments/mutations";
import { getAssessmentState } from "@/lib/assessments/queries";
import { saveAnswersSchema, MAX_ANSWERS_BYTES } from "@/lib/assessments/schemas";

type P = { companyId: string; assessmentId: string };

/** The stored state of one's own draft (used by the client after a conflict or on reload). */
export const GET = companyRoute<P>("answer", async (_req, { params, ctx }) => {
  const a = await getAssessmentState(ctx, params.assessmentId);
  return NextResponse.json(a, { headers: { "cache-control": "no-store" } });
});

/** Autosave. */
export const PUT = companyRoute<P>("answer", async (req, { params, ctx }) => {
  const input = await readJson(req, saveAnswersSchema, MAX_ANSWERS_BYTES);
  return NextResponse.json(await saveAnswers(ctx, params.assessmentId, input));
});
