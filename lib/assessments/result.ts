import "server-only";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import { contentMissing, contentRegistry } from "../content";
import type { Locale } from "../content/localize";
import type { AssessmentScore } from "../scoring/score";
import { buildResultView, type ResultView } from "../report/result-view";
import { getReadableAssessment } from "./queries";

type ReadableAssessment = Awaited<ReturnType<typeof getReadableAssessment>>;

/** The frozen result of a submitted assessment, rendered with its own content version. */
export async function getResultView(ctx: CompanyContext, assessmentId: string, locale: Locale): Promise<ResultView> {
  return resultViewOf(await getReadableAssessment(ctx, assessmentId), ctx.companyName, locale);
}

/**
 * The same for an assessment the caller has read already (getReadableAssessment: a result page
 * that looks at it first does not read it twice). Async like getResultView, so that its refusals
 * reach the pages' orNotFound / orContentMissing the same way.
 */
export async function resultViewOf(a: ReadableAssessment, companyName: string, locale: Locale): Promise<ResultView> {
  if (a.status !== "submitted" || !a.snapshot) throw new AppError("not_found", "resultNotFound");
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) throw contentMissing();
  return buildResultView({
    locale,
    companyName,
    questionnaire: q,
    scores: a.snapshot.scores as unknown as AssessmentScore,
    perspective: a.perspective,
    respondent: a.respondent.displayName,
    submittedAt: a.submittedAt ?? a.updatedAt,
    partnerName: typeof (a.answers as Record<string, unknown>)?.partner_name === "string" ? ((a.answers as Record<string, unknown>).partner_name as string) : null,
  });
}
