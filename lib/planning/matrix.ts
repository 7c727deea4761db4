import type { Measure } from "../content/schema";
import { contextValues, type CompanyContextProfile } from "./context";

/**
 * Priority matrix on a 1-5 scale for both axes. Benefit is "high" from 3.5, effort is "high" from 3.5
 * (so efforts 1-3 are low): quick wins = high benefit + low effort, strategic = high + high,
 * fill-ins = low benefit + low effort, later = low benefit + high effort.
 */
export const HIGH_BENEFIT = 3.5;
export const HIGH_EFFORT = 3.5;
export type Quadrant = "quick-win" | "strategic" | "fill-in" | "later";

/** Score and relevance (1-3, default 2) of one dimension, keyed `<questionnaire>:<dimension>`. */
export type DimensionInput = { score: number | null; relevance: number | null; weakItems: string[] };
export type DimensionInputs = Record<string, DimensionInput>;

export type WhyDimension = { questionnaire: string; dimension: string; score: number; relevance: number; weight: number; weakItems: string[] };
export type WhyRule = { field: string; values: string[]; effortDelta: number; note: Measure["contextRules"][number]["note"] };

export type MatrixEntry = {
  measureId: string;
  baseEffort: number;
  baseBenefit: number;
  /** computed values (before user overrides) */
  effort: number;
  benefit: number;
  /** 0-1: weighted gap × relevance of the improved dimensions; null when none was scored */
  need: number | null;
  why: { dimensions: WhyDimension[]; rules: WhyRule[] };
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(5, Math.max(1, n));

export function quadrantOf(effort: number, benefit: number): Quadrant {
  const high = benefit >= HIGH_BENEFIT;
  const hard = effort >= HIGH_EFFORT;
  return high ? (hard ? "strategic" : "quick-win") : hard ? "later" : "fill-in";
}

/**
 * benefit = 0.4 × baseBenefit + 0.6 × (1 + 4 × need), where need is the weighted mean of
 * (100 − score)/100 × relevance/2 over the improved dimensions that have a score (capped at 1).
 * Without any scored dimension the base benefit stands. effort = baseEffort + Σ matching context rules.
 */
export function scoreMeasure(m: Measure, dims: DimensionInputs, ctx: CompanyContextProfile): MatrixEntry {
  let weighted = 0;
  let weights = 0;
  const whyDims: WhyDimension[] = [];
  for (const imp of m.improves) {
    const d = dims[`${imp.questionnaire}:${imp.dimension}`];
    if (!d || d.score === null) continue;
    const relevance = d.relevance ?? 2;
    weighted += imp.weight * Math.min(1, ((100 - d.score) / 100) * (relevance / 2));
    weights += imp.weight;
    whyDims.push({ questionnaire: imp.questionnaire, dimension: imp.dimension, score: d.score, relevance, weight: imp.weight, weakItems: d.weakItems });
  }
  const need = weights > 0 ? weighted / weights : null;
  const benefit = need === null ? m.baseBenefit : round1(clamp(0.4 * m.baseBenefit + 0.6 * (1 + 4 * need)));
  const rules = m.contextRules.filter((r) => contextValues(ctx, r.field).some((v) => r.values.includes(v)));
  const effort = clamp(m.baseEffort + rules.reduce((a, r) => a + r.effortDelta, 0));
  whyDims.sort((a, b) => b.weight - a.weight || a.score - b.score);
  return {
    measureId: m.id,
    baseEffort: m.baseEffort,
    baseBenefit: m.baseBenefit,
    effort,
    benefit,
    need: need === null ? null : Math.round(need * 1000) / 1000,
    why: { dimensions: whyDims, rules: rules.map((r) => ({ field: r.field, values: r.values, effortDelta: r.effortDelta, note: r.note })) },
  };
}
