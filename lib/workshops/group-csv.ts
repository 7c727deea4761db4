import { csvCell } from "../export/csv";
import type { GroupAggregate } from "./aggregate";
import type { GroupLabels } from "./shapes";

/**
 * The published group state as CSV: per questionnaire one row per field of action (companies with
 * a value, mean, quartiles) and the most common gaps. Aggregates only: no company, no person. Pure.
 */
export const GROUP_CSV_HEADER = ["questionnaire", "kind", "id", "title", "companies", "mean", "p25", "median", "p75", "companies_with_gap"] as const;

export function groupCsv(agg: GroupAggregate, labels: GroupLabels): string {
  const rows: unknown[][] = [[...GROUP_CSV_HEADER]];
  for (const q of agg.questionnaires) {
    const l = labels[q.key];
    if (q.overall) rows.push([q.key, "overall", "", "", q.overall.n, q.overall.mean, q.overall.p25, q.overall.median, q.overall.p75, ""]);
    for (const d of q.dimensions) rows.push([q.key, "field", d.id, l?.dimensions[d.id] ?? d.id, d.stat?.n ?? "", d.stat?.mean ?? "", d.stat?.p25 ?? "", d.stat?.median ?? "", d.stat?.p75 ?? "", ""]);
    for (const g of q.gaps) rows.push([q.key, "gap", g.itemId, l?.items[g.itemId] ?? g.itemId, agg.companyCount, g.mean, "", "", "", g.companies]);
  }
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
