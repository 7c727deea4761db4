import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { startAssessment } from "@/lib/assessments/mutations";
import { startAssessmentSchema } from "@/lib/assessments/schemas";

type P = { companyId: string };

/** Starts one's own copy of a questionnaire (its newest version) and answers where to go. */
export const POST = companyRoute<P>("answer", async (req, { params, ctx }) => {
  const input = await readJson(req, startAssessmentSchema, 1024);
  const a = await startAssessment(ctx, input.questionnaireKey, input.perspective);
  return NextResponse.json({ id: a.id, url: `/companies/${params.companyId}/assessments/${a.id}` }, { status: 201 });
});
