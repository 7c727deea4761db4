import type { Questionnaire } from "../content/schema";
import { bandOf, type BandId } from "./bands";
import { mean, round1 } from "./numbers";

/**
 * Bumped whenever the scoring rules change; stored with every snapshot.
 * 1.1.0: a cooperation-cycle step's completeness is its (weighted) dimension score, the number the
 * result page shows; a step needs half of its items answered to count as done. Dimension scores unchanged.
 */
export const SCORING_VERSION = "1.1.0";

export type DimensionScore = {
  id: string;
  /** 0-100, null when no item of the dimension was answered (or all were "not applicable") */
  score: number | null;
  band: BandId | null;
  answered: number;
  notApplicable: number;
  total: number;
  /** relevance rating 1-3 when the questionnaire asks for it and it was answered */
  relevance: number | null;
};

export type AssessmentScore = {
  questionnaireKey: string;
  contentVersion: string;
  scoringVersion: string;
  dimensions: DimensionScore[];
  overall: number | null;
  band: BandId | null;
  /** item id -> points 0-100 (answered, applicable items only) */
  itemPoints: Record<string, number>;
};


/**
 * Scores one respondent's answers with the questionnaire version they were given. Items answered
 * "not applicable" and unanswered items are left out of the denominator; weights come from the
 * content. Overall is the mean of the dimensions that have a score.
 */
export function scoreAnswers(q: Questionnaire, answers: Record<string, unknown>): AssessmentScore {
  if (!q.scoring) throw new Error(`${q.key}@${q.version} has no scoring metadata`);
  const { scoring } = q;
  const itemPoints: Record<string, number> = {};
  const dimensions: DimensionScore[] = scoring.dimensions.map((dim) => {
    let sum = 0;
    let weights = 0;
    let answered = 0;
    let notApplicable = 0;
    const items = scoring.items.filter((i) => i.dimension === dim.id);
    for (const item of items) {
      const scale = scoring.scales[item.scale];
      const value = answers[item.id];
      if (value === undefined || value === null) continue;
      if (scale.notApplicable && value === scale.notApplicable.value) {
        notApplicable++;
        continue;
      }
      const choice = scale.choices.find((c) => c.value === value);
      if (!choice) continue;
      answered++;
      sum += choice.points * item.weight;
      weights += item.weight;
      itemPoints[item.id] = choice.points;
    }
    const score = weights > 0 ? round1(sum / weights) : null;
    const relQuestion = scoring.relevance.find((r) => r.dimension === dim.id)?.question;
    const rel = relQuestion ? Number(answers[relQuestion]) : NaN;
    return {
      id: dim.id,
      score,
      band: score === null ? null : bandOf(score),
      answered,
      notApplicable,
      total: items.length,
      relevance: rel >= 1 && rel <= 3 ? rel : null,
    };
  });
  const scored = dimensions.filter((d) => d.score !== null).map((d) => d.score as number);
  const overall = scored.length ? round1(mean(scored)) : null;
  return {
    questionnaireKey: q.key,
    contentVersion: q.version,
    scoringVersion: SCORING_VERSION,
    dimensions,
    overall,
    band: overall === null ? null : bandOf(overall),
    itemPoints,
  };
}
