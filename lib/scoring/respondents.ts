import type { Questionnaire } from "../content/schema";
import type { AssessmentScore } from "./score";
import { mean, round1 } from "./numbers";

/** Items on which respondents' points lie at least this far apart become discussion points. */
export const DISAGREEMENT_RANGE = 50;

export type DimensionStats = {
  id: string;
  /** mean of the respondents who have a score for the dimension; null when none */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** population standard deviation of the respondents' scores (0 with one respondent) */
  spread: number | null;
  respondents: number;
};

export type DiscussionPoint = { itemId: string; dimension: string; min: number; max: number; range: number };

export type RespondentAggregate = {
  dimensions: DimensionStats[];
  overall: number | null;
  discussionPoints: DiscussionPoint[];
};


function stats(values: number[]) {
  if (!values.length) return { mean: null, min: null, max: null, spread: null };
  const m = mean(values);
  const variance = mean(values.map((v) => (v - m) ** 2));
  return { mean: round1(m), min: Math.min(...values), max: Math.max(...values), spread: round1(Math.sqrt(variance)) };
}

/** Aggregates several respondents of one company who answered the same questionnaire. Order-independent. */
export function aggregateRespondents(q: Questionnaire, scores: AssessmentScore[]): RespondentAggregate {
  const dims = q.scoring?.dimensions ?? [];
  const dimensions = dims.map((d) => {
    const values = scores
      .map((s) => s.dimensions.find((x) => x.id === d.id)?.score)
      .filter((v): v is number => typeof v === "number");
    return { id: d.id, ...stats(values), respondents: values.length };
  });
  const scored = dimensions.filter((d) => d.mean !== null).map((d) => d.mean as number);
  const overall = scored.length ? round1(mean(scored)) : null;
  const discussionPoints: DiscussionPoint[] = [];
  if (scores.length > 1) {
    for (const item of q.scoring?.items ?? []) {
      const points = scores.map((s) => s.itemPoints[item.id]).filter((v): v is number => typeof v === "number");
      if (points.length < 2) continue;
      const min = Math.min(...points);
      const max = Math.max(...points);
      if (max - min >= DISAGREEMENT_RANGE) discussionPoints.push({ itemId: item.id, dimension: item.dimension, min, max, range: max - min });
    }
    discussionPoints.sort((a, b) => b.range - a.range || a.itemId.localeCompare(b.itemId));
  }
  return { dimensions, overall, discussionPoints };
}
