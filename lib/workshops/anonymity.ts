/**
 * When a workshop's group view may show a new state. Pure; the one rule for page, API and PDF.
 *
 * - Below `k` distinct finished companies nothing is published: no aggregate leaves the server.
 * - Differencing: a new state is published only when at least MIN_NEW_COMPANIES companies finished
 *   that the last published state does not hold. Two consecutive states therefore never differ by
 *   exactly one company's contribution, so the company that finished last cannot be read off by
 *   comparing the view before and after.
 */
export const MIN_K = 3;
export const DEFAULT_K = 5;
export const MIN_NEW_COMPANIES = 2;

export type PublicationDecision =
  | { publish: true; companyIds: string[] }
  | { publish: false; reason: "belowK" | "waitingForMore"; missing: number };

export function decidePublication(input: { k: number; finished: readonly string[]; published: readonly string[] | null }): PublicationDecision {
  const k = Math.max(MIN_K, input.k);
  const finished = [...new Set(input.finished)].sort();
  if (input.published === null) {
    if (finished.length < k) return { publish: false, reason: "belowK", missing: k - finished.length };
    return { publish: true, companyIds: finished };
  }
  const before = new Set(input.published);
  const fresh = finished.filter((id) => !before.has(id)).length;
  if (finished.length < k) return { publish: false, reason: "belowK", missing: k - finished.length };
  if (fresh < MIN_NEW_COMPANIES) return { publish: false, reason: "waitingForMore", missing: MIN_NEW_COMPANIES - fresh };
  return { publish: true, companyIds: finished };
}
