import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { submitAssessment } from "@/lib/assessments/mutations";
import { submitSchema } from "@/lib/assessments/schemas";

type P = { companyId: string; assessmentId: string };

export const POST = companyRoute<P>("answer", async (req, { params, ctx }) => {
  const { revision } = await readJson(req, submitSchema, 1024);
  return NextResponse.json(await submitAssessment(ctx, params.assessmentId, revision));
});
