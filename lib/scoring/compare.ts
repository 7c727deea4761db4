import type { Questionnaire } from "../content/schema";

/** One side of an item comparison: the raw answer and what it is worth on that version's scale. */
export type ItemSide = {
  value: string | number | null;
  /** 0-100; null when unanswered, "not applicable" or not a value of the scale */
  points: number | null;
  notApplicable: boolean;
};

export type ItemComparison = {
  id: string;
  /** dimension of the item in the newer questionnaire */
  dimension: string;
  old: ItemSide;
  new: ItemSide;
  /** new.points - old.points when both have points, else null */
  delta: number | null;
};

export type ItemsComparison = {
  /** items scored in both versions (same stable id), in the order of the newer questionnaire */
  common: ItemComparison[];
  /** item ids only the older version asked (dropped since) */
  onlyOld: string[];
  /** item ids only the newer version asks (added since) */
  onlyNew: string[];
};

function side(q: Questionnaire, id: string, answers: Record<string, unknown>): ItemSide {
  const item = q.scoring!.items.find((i) => i.id === id)!;
  const scale = q.scoring!.scales[item.scale];
  const raw = answers[id];
  const value = typeof raw === "string" || typeof raw === "number" ? raw : null;
  if (value === null) return { value: null, points: null, notApplicable: false };
  if (scale.notApplicable && value === scale.notApplicable.value) return { value, points: null, notApplicable: true };
  return { value, points: scale.choices.find((c) => c.value === value)?.points ?? null, notApplicable: false };
}

/**
 * Compares a re-assessment with an earlier one, possibly on different versions of the same
 * questionnaire: items are matched by their stable id, each side valued with its own version's
 * scale. Pure.
 */
export function compareItems(
  oldQ: Questionnaire,
  oldAnswers: Record<string, unknown>,
  newQ: Questionnaire,
  newAnswers: Record<string, unknown>,
): ItemsComparison {
  if (oldQ.key !== newQ.key) throw new Error(`cannot compare ${oldQ.key} with ${newQ.key}`);
  if (!oldQ.scoring || !newQ.scoring) throw new Error(`${oldQ.key} has no scoring metadata`);
  const oldIds = new Set(oldQ.scoring.items.map((i) => i.id));
  const newIds = new Set(newQ.scoring.items.map((i) => i.id));
  const common = newQ.scoring.items
    .filter((i) => oldIds.has(i.id))
    .map((i) => {
      const o = side(oldQ, i.id, oldAnswers);
      const n = side(newQ, i.id, newAnswers);
      return { id: i.id, dimension: i.dimension, old: o, new: n, delta: o.points !== null && n.points !== null ? n.points - o.points : null };
    });
  return {
    common,
    onlyOld: oldQ.scoring.items.filter((i) => !newIds.has(i.id)).map((i) => i.id),
    onlyNew: newQ.scoring.items.filter((i) => !oldIds.has(i.id)).map((i) => i.id),
  };
}
