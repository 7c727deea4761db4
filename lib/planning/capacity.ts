import type { CompanyContextProfile } from "./context";

/**
 * How many measures a company can run at the same time (the capacity rule):
 *
 *   size band   1-9: 1 · 10-49: 2 · 50-249: 3 · 250+: 4 · unknown: 2
 *   IT          own IT staff: +1 (someone can carry a second technical project)
 *   group       inside a group of companies that provides services (network "group"): +1
 *   result      between 1 and 5
 *
 * Clusters and hubs do not add capacity (they give advice and contacts, not people); they lower the
 * effort of single measures through the catalogue's context rules instead. The scheduler never has
 * more than this many recommended measures running in any month, and recommends at most
 * ROUNDS_PER_SLOT × capacity measures for the 24-month plan; the rest is "later / optional".
 */
export const BASE_CAPACITY: Record<string, number> = { "1-9": 1, "10-49": 2, "50-249": 3, "250+": 4 };
export const UNKNOWN_SIZE_CAPACITY = 2;
export const MAX_CAPACITY = 5;
export const ROUNDS_PER_SLOT = 3;

export type Capacity = {
  concurrent: number;
  /** the most measures recommended for the 24-month plan */
  maxRecommended: number;
  parts: { rule: "size" | "own-it" | "group"; value: number }[];
};

export function capacityOf(ctx: CompanyContextProfile): Capacity {
  const size = ctx.sizeBand ? (BASE_CAPACITY[ctx.sizeBand] ?? UNKNOWN_SIZE_CAPACITY) : UNKNOWN_SIZE_CAPACITY;
  const parts: Capacity["parts"] = [{ rule: "size", value: size }];
  if (ctx.itCapacity === "own-staff") parts.push({ rule: "own-it", value: 1 });
  if (ctx.network.includes("group")) parts.push({ rule: "group", value: 1 });
  const concurrent = Math.max(1, Math.min(MAX_CAPACITY, parts.reduce((a, p) => a + p.value, 0)));
  return { concurrent, maxRecommended: concurrent * ROUNDS_PER_SLOT, parts };
}
