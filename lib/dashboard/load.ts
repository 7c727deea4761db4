import "server-only";
import { db } from "../db/client";
import type { CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import type { Locale } from "../content/localize";
import { scoreAnswers, type AssessmentScore } from "../scoring/score";
import { listPlanOverrides } from "../plan/queries";
import { buildCompanyView, type CompanyView, type CompanyViewLabels, type SubmittedAssessment } from "../report/company-view";
import { planCatalogue } from "../report/plan-view";
import { READINESS_KEYS } from "../content/readiness";

const SCORED = [...READINESS_KEYS, "trust", "cooperation-cycle"];

/**
 * Loads everything of the checked company that the picture needs (submitted assessments with their
 * frozen snapshots, the profile, the plan overrides) and builds the CompanyView.
 */
export async function loadCompanyView(ctx: CompanyContext, locale: Locale, labels: CompanyViewLabels, now = new Date()): Promise<CompanyView> {
  const registry = contentRegistry();
  const [company, rows, overrides, planVersions] = await Promise.all([
    db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { id: true, name: true, sizeBand: true, profile: true } }),
    db().assessment.findMany({
      // a cooperation partner's trust check is the partner's view, shown only in the cooperation's comparison
      where: { companyId: ctx.companyId, status: "submitted", questionnaireKey: { in: SCORED }, respondent: { kind: { not: "partner" } } },
      orderBy: { submittedAt: "desc" },
      select: {
        id: true, questionnaireKey: true, contentVersion: true, perspective: true, respondentId: true, submittedAt: true, answers: true, updatedAt: true,
        respondent: { select: { displayName: true } },
        snapshot: { select: { scores: true } },
      },
    }),
    listPlanOverrides(ctx),
    db().planItem.findMany({ where: { companyId: ctx.companyId }, select: { catalogVersion: true } }),
  ]);
  // without the consent to see each person's answers (an advisor's grant), people appear as "Person 1, 2 …"
  const anonymous = !ctx.can("answers.read");
  const alias = new Map<string, string>();
  const nameOf = (id: string, name: string) => {
    if (!anonymous) return name;
    if (!alias.has(id)) alias.set(id, `Person ${alias.size + 1}`); // the same word in German and English
    return alias.get(id)!;
  };
  const assessments: SubmittedAssessment[] = rows.flatMap((a) => {
    const q = registry.get(a.questionnaireKey, a.contentVersion);
    if (!q) return [];
    const answers = (a.answers ?? {}) as Record<string, unknown>;
    const frozen = a.snapshot?.scores as AssessmentScore | undefined;
    return [{
      id: a.id,
      questionnaireKey: a.questionnaireKey,
      contentVersion: a.contentVersion,
      perspective: a.perspective === "partner" ? "partner" : "self",
      respondentId: a.respondentId,
      respondentName: nameOf(a.respondentId, a.respondent.displayName),
      submittedAt: a.submittedAt ?? a.updatedAt,
      answers,
      // the frozen snapshot is what the result page showed; re-score only when it is missing
      scores: frozen && Array.isArray(frozen.dimensions) && frozen.itemPoints ? frozen : scoreAnswers(q, answers),
    }];
  });
  return buildCompanyView({
    locale,
    now,
    company,
    questionnaire: (k, v) => registry.get(k, v),
    profileQuestionnaire: registry.latest("company-profile"),
    // the same catalogue choice as the PDF (lib/report/plan-view.ts): a plan edited on 1.0.0 stays on 1.0.0
    catalogue: planCatalogue(planVersions.map((p) => p.catalogVersion), registry),
    assessments,
    overrides,
    labels,
  });
}
