import type { AssessmentScore } from "../scoring/score";
import { mean, round1 } from "../scoring/numbers";

/**
 * The anonymised group view of a workshop. Pure. Each company counts once: its respondents'
 * scores are averaged per company first, then the companies are summarised. The result holds no
 * company id, no name and no single company's value: only counts, means and quartiles over
 * companies, and nothing at all for a field with fewer than k companies.
 */

/** The submitted results of one company's workshop respondents (one per respondent and questionnaire). */
export type CompanyScores = { companyId: string; scores: readonly AssessmentScore[] };

/** What the group view needs to know of a questionnaire (from its content): dimensions in order and each item's dimension. */
export type QuestionnaireShape = { key: string; dimensions: readonly string[]; items: readonly { id: string; dimension: string }[] };

export type Stat = { n: number; mean: number; p25: number; median: number; p75: number };
export type Gap = { itemId: string; dimension: string; companies: number; mean: number };
export type QuestionnaireAggregate = { key: string; overall: Stat | null; dimensions: { id: string; stat: Stat | null }[]; gaps: Gap[] };
export type GroupAggregate = { companyCount: number; questionnaires: QuestionnaireAggregate[] };

/** Below this many points a company's answer to an item counts as a gap (the lower half of the scale). */
export const GAP_BELOW = 50;
export const TOP_GAPS = 5;

/** A company has finished when every questionnaire of the workshop has at least one submitted result. */
export function isFinished(keys: readonly string[], c: CompanyScores): boolean {
  return keys.every((k) => c.scores.some((s) => s.questionnaireKey === k));
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Summary over company values; null when fewer than k companies have a value (nothing below k). */
export function stat(values: readonly number[], k: number): Stat | null {
  if (values.length < k) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, mean: round1(mean(sorted)), p25: round1(quantile(sorted, 0.25)), median: round1(quantile(sorted, 0.5)), p75: round1(quantile(sorted, 0.75)) };
}

/**
 * What a spread bar shows, on the projector and in the group PDF alike: the middle half of the
 * companies (p25–p75, clamped to 0–100) as the bar, and the average as its mark: the same figure the
 * number beside it and the radar show.
 */
export function spreadBar(s: Stat): { from: number; to: number; mark: number } {
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return { from: clamp(s.p25), to: clamp(s.p75), mark: clamp(s.mean) };
}

const meanOrNull = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === "number");
  return v.length ? mean(v) : null;
};

/** One company's value per dimension, overall and per item: the mean of its respondents. */
function companyValues(q: QuestionnaireShape, scores: readonly AssessmentScore[]) {
  const own = scores.filter((s) => s.questionnaireKey === q.key);
  return {
    overall: meanOrNull(own.map((s) => s.overall)),
    dimensions: Object.fromEntries(q.dimensions.map((d) => [d, meanOrNull(own.map((s) => s.dimensions.find((x) => x.id === d)?.score))])),
    items: Object.fromEntries(q.items.map((i) => [i.id, meanOrNull(own.map((s) => s.itemPoints[i.id]))])),
  };
}

/**
 * The group view over the given companies (the caller passes only finished companies, and only
 * when the publication rule allows it). Every field needs at least k companies with a value.
 */
export function aggregateGroup(shapes: readonly QuestionnaireShape[], companies: readonly CompanyScores[], k: number): GroupAggregate {
  return {
    companyCount: new Set(companies.map((c) => c.companyId)).size,
    questionnaires: shapes.map((q) => {
      const values = companies.map((c) => companyValues(q, c.scores));
      const pick = (f: (v: (typeof values)[number]) => number | null) => values.map(f).filter((x): x is number => x !== null);
      const gaps = q.items
        .map((i) => {
          const points = pick((v) => v.items[i.id]);
          return { itemId: i.id, dimension: i.dimension, companies: points.filter((p) => p < GAP_BELOW).length, answered: points.length, mean: points.length ? round1(mean(points)) : 0 };
        })
        .filter((g) => g.answered >= k && g.companies > 0)
        .sort((a, b) => b.companies - a.companies || a.mean - b.mean || a.itemId.localeCompare(b.itemId))
        .slice(0, TOP_GAPS)
        .map(({ itemId, dimension, companies: n, mean: m }) => ({ itemId, dimension, companies: n, mean: m }));
      return {
        key: q.key,
        overall: stat(pick((v) => v.overall), k),
        dimensions: q.dimensions.map((d) => ({ id: d, stat: stat(pick((v) => v.dimensions[d]), k) })),
        gaps,
      };
    }),
  };
}
