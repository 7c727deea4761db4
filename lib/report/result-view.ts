import type { Questionnaire } from "../content/schema";
import type { Locale } from "../content/localize";
import type { AssessmentScore } from "../scoring/score";
import type { BandId } from "../scoring/bands";

/**
 * The plain view model of one submitted assessment. The result page and the PDF both render it,
 * so they never disagree. Pure.
 */
export type ResultView = {
  locale: Locale;
  companyName: string;
  questionnaireTitle: string;
  questionnaireKey: string;
  contentVersion: string;
  scoringVersion: string;
  perspective: "self" | "partner";
  /** the cooperation or partner a trust assessment is about (question `partner_name`) */
  partnerName: string | null;
  respondent: string;
  /** share of scored items answered (0-1); below 0.5 the result is only a first indication */
  coverage: number;
  submittedAt: string;
  overall: number | null;
  band: BandId | null;
  /** `answered` counts "trifft nicht zu" as an answer ("6 von 6 beantwortet"); `notApplicable` says how many of them */
  dimensions: { id: string; title: string; description: string; score: number | null; band: BandId | null; answered: number; total: number; notApplicable: number }[];
  strongest: string | null;
  weakest: string | null;
};

export function buildResultView(input: {
  locale: Locale;
  companyName: string;
  questionnaire: Questionnaire;
  scores: AssessmentScore;
  perspective: string;
  respondent: string;
  submittedAt: Date;
  partnerName?: string | null;
}): ResultView {
  const { locale, questionnaire: q, scores } = input;
  const dims = (q.scoring?.dimensions ?? []).map((d) => {
    const s = scores.dimensions.find((x) => x.id === d.id);
    return {
      id: d.id,
      title: d.title[locale],
      description: d.description[locale],
      score: s?.score ?? null,
      band: s?.band ?? null,
      answered: (s?.answered ?? 0) + (s?.notApplicable ?? 0),
      total: s?.total ?? 0,
      notApplicable: s?.notApplicable ?? 0,
    };
  });
  const scored = dims.filter((d) => d.score !== null).sort((a, b) => (b.score as number) - (a.score as number));
  return {
    locale,
    companyName: input.companyName,
    questionnaireTitle: q.title[locale],
    questionnaireKey: q.key,
    contentVersion: scores.contentVersion,
    scoringVersion: scores.scoringVersion,
    perspective: input.perspective === "partner" ? "partner" : "self",
    partnerName: input.partnerName?.trim() || null,
    respondent: input.respondent,
    coverage: (() => {
      const total = dims.reduce((n, d) => n + d.total, 0);
      const answered = dims.reduce((n, d) => n + d.answered, 0);
      return total ? Math.round((answered / total) * 100) / 100 : 0;
    })(),
    submittedAt: input.submittedAt.toISOString(),
    overall: scores.overall,
    band: scores.band,
    dimensions: dims,
    strongest: scored.length > 1 ? scored[0].id : null,
    weakest: scored.length > 1 ? scored[scored.length - 1].id : null,
  };
}
