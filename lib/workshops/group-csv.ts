import { csvCell } from "../export/csv";
import type { Locale } from "../content/localize";
import type { GroupAggregate } from "./aggregate";
import type { GroupLabels } from "./shapes";

/** The columns and row kinds in the reader's language (the file is opened in Excel by the advisor). */
const TEXT = {
  de: {
    header: ["Fragebogen", "Zeile", "Kennung", "Bezeichnung", "Betriebe", "Durchschnitt", "unteres Viertel", "Median", "oberes Viertel", "Betriebe mit Lücke"],
    kind: { overall: "gesamt", field: "Handlungsfeld", gap: "Lücke" },
  },
  en: {
    header: ["questionnaire", "row", "id", "title", "companies", "mean", "lower quartile", "median", "upper quartile", "companies with gap"],
    kind: { overall: "overall", field: "field of action", gap: "gap" },
  },
} as const;

/**
 * The published group state as CSV: per questionnaire one row per field of action (companies with
 * a value, mean, quartiles) and the most common gaps. Aggregates only: no company, no person.
 * Headings and row kinds in the reader's language; in German, decimals with a comma (German Excel
 * read "12.5" as a date), the separator ";" and a BOM as German Excel expects. Pure.
 */
export function groupCsv(agg: GroupAggregate, labels: GroupLabels, locale: Locale = "de"): string {
  const x = TEXT[locale];
  const num = (v: number | null | undefined) => (typeof v === "number" ? (locale === "de" ? String(v).replace(".", ",") : String(v)) : "");
  const rows: unknown[][] = [[...x.header]];
  for (const q of agg.questionnaires) {
    const l = labels[q.key];
    if (q.overall) rows.push([q.key, x.kind.overall, "", l?.title ?? "", num(q.overall.n), num(q.overall.mean), num(q.overall.p25), num(q.overall.median), num(q.overall.p75), ""]);
    for (const d of q.dimensions) rows.push([q.key, x.kind.field, d.id, l?.dimensions[d.id] ?? d.id, num(d.stat?.n), num(d.stat?.mean), num(d.stat?.p25), num(d.stat?.median), num(d.stat?.p75), ""]);
    for (const g of q.gaps) rows.push([q.key, x.kind.gap, g.itemId, l?.items[g.itemId] ?? g.itemId, num(agg.companyCount), num(g.mean), "", "", "", num(g.companies)]);
  }
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
