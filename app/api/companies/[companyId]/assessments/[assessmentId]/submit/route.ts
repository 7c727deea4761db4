import { NextResponse } from "next/server";
import { route, readJson } from "@/lib/http/handler";
import { requireApiUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { submitAssessment } from "@/lib/assessments/mutations";
import { submitSchema } from "@/lib/assessments/schemas";

type P = { companyId: string; assessmentId: string };

export const POST = route<P>(async (req, { params }) => {
  const ctx = await requireCompany(await requireApiUser(), params.companyId);
  const { revision } = await readJson(req, submitSchema, 1024);
  const result = await submitAssessment(ctx, params.assessmentId, revision);
  return NextResponse.json(result);
});
