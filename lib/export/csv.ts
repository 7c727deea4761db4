import type { CompanyExport } from "./schema";

/**
 * The company's answers as CSV: one row per assessment and question, for spreadsheets. Semicolon
 * separated with a byte-order mark (what German spreadsheet programs open directly); a cell that
 * starts like a formula (= + - @, tab, CR) gets a leading apostrophe, so a spreadsheet never runs it.
 */
export const CSV_HEADER = ["company", "assessment_id", "questionnaire", "content_version", "perspective", "respondent", "status", "submitted_at", "question_id", "answer"] as const;

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function answersCsv(exp: CompanyExport): string {
  const rows: unknown[][] = [[...CSV_HEADER]];
  for (const a of exp.assessments) {
    const keys = Object.keys(a.answers).sort();
    for (const k of keys) {
      rows.push([exp.company.name, a.id, a.questionnaireKey, a.contentVersion, a.perspective, a.respondent, a.status, a.submittedAt ?? "", k, a.answers[k]]);
    }
  }
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
