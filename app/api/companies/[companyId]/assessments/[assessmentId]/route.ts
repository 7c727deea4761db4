import { NextResponse } from "next/server";
import { route, readJson } from "@/lib/http/handler";
import { requireApiUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { getAssessment } from "@/lib/assessments/queries";
import { saveAnswers } from "@/lib/assessments/mutations";
import { saveAnswersSchema, MAX_ANSWERS_BYTES } from "@/lib/assessments/schemas";

type P = { companyId: string; assessmentId: string };

/** The stored state of a draft (used by the client after a conflict or on reload). */
export const GET = route<P>(async (_req, { params }) => {
  const ctx = await requireCompany(await requireApiUser(), params.companyId);
  const a = await getAssessment(ctx, params.assessmentId);
  return NextResponse.json(
    { revision: a.revision, answers: a.answers, currentPage: a.currentPage, status: a.status },
    { headers: { "cache-control": "no-store" } },
  );
});

/** Autosave. */
export const PUT = route<P>(async (req, { params }) => {
  const ctx = await requireCompany(await requireApiUser(), params.companyId);
  const input = await readJson(req, saveAnswersSchema, MAX_ANSWERS_BYTES);
  const result = await saveAnswers(ctx, params.assessmentId, input);
  return NextResponse.json(result);
});
