import type { Questionnaire } from "../content/schema";
import { mean, round1 } from "../scoring/numbers";

/**
 * What planning knows about one scored item, over all current respondents of the company:
 * `points` is the mean of the applicable answers (0-100), null when nobody gave one; `notApplicable`
 * is true when every answer given was "trifft bei uns nicht zu"; `answered` counts "not applicable"
 * as an answer (it is one).
 */
export type ItemInput = {
  questionnaire: string;
  itemId: string;
  dimension: string;
  points: number | null;
  notApplicable: boolean;
  answered: boolean;
};

/** Coverage of one dimension: answered items (including "not applicable") of all items. */
export type DimensionCoverage = { questionnaire: string; dimension: string; answered: number; total: number; covered: boolean; notApplicable: boolean };

/**
 * A dimension counts as covered when at least half of its items are answered (an answer
 * "trifft nicht zu" counts). Items of an uncovered dimension never trigger a measure: the plan does
 * not guess where the company has not answered; the result names these areas and asks to complete them.
 */
export const MIN_COVERAGE = 0.5;

/**
 * Item inputs of one questionnaire from the answers of its current respondents (several respondents
 * of the same questionnaire are averaged item by item). Pure.
 */
export function itemInputs(q: Questionnaire, answerSets: Record<string, unknown>[]): ItemInput[] {
  const scoring = q.scoring;
  if (!scoring) return [];
  return scoring.items.map((item) => {
    const scale = scoring.scales[item.scale];
    const points: number[] = [];
    let na = 0;
    for (const answers of answerSets) {
      const v = answers[item.id];
      if (v === undefined || v === null || v === "") continue;
      if (scale.notApplicable && v === scale.notApplicable.value) {
        na++;
        continue;
      }
      const c = scale.choices.find((x) => x.value === v);
      if (c) points.push(c.points);
    }
    return {
      questionnaire: q.key,
      itemId: item.id,
      dimension: item.dimension,
      points: points.length ? round1(mean(points)) : null,
      notApplicable: points.length === 0 && na > 0,
      answered: points.length > 0 || na > 0,
    };
  });
}

/** Coverage per dimension of one questionnaire's item inputs (see MIN_COVERAGE). */
export function dimensionCoverage(q: Questionnaire, items: ItemInput[]): DimensionCoverage[] {
  return (q.scoring?.dimensions ?? []).map((d) => {
    const own = items.filter((i) => i.questionnaire === q.key && i.dimension === d.id);
    const answered = own.filter((i) => i.answered).length;
    return {
      questionnaire: q.key,
      dimension: d.id,
      answered,
      total: own.length,
      covered: own.length > 0 && answered / own.length >= MIN_COVERAGE,
      notApplicable: own.length > 0 && own.every((i) => i.notApplicable),
    };
  });
}
