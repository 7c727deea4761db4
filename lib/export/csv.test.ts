import { describe, it, expect } from "vitest";
import { answersCsv, csvCell } from "./csv";
import type { CompanyExport } from "./schema";

describe("answers as CSV", () => {
  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell('a;b "c"')).toBe('"a;b ""c"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(["erp", "mes"])).toBe('"[""erp"",""mes""]"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });
  it("writes one row per assessment and question, with a BOM and a header", () => {
    const exp = {
      company: { name: "Müller; Söhne", industry: "C", sizeBand: "1-9", region: "BY", profile: null },
      assessments: [
        { id: "a1", questionnaireKey: "digital-readiness", contentVersion: "1.0.0", perspective: "self", status: "submitted", respondent: "Anna", answers: { q2: "na", q1: 3 }, revision: 2, createdAt: "", updatedAt: "", submittedAt: "2026-12-01T10:00:00.000Z", snapshot: null },
      ],
    } as unknown as CompanyExport;
    const lines = answersCsv(exp).split("\r\n");
    expect(lines[0]).toBe("\uFEFFcompany;assessment_id;questionnaire;content_version;perspective;respondent;status;submitted_at;question_id;answer");
    expect(lines[1]).toBe('"Müller; Söhne";a1;digital-readiness;1.0.0;self;Anna;submitted;2026-12-01T10:00:00.000Z;q1;3');
    expect(lines[2]).toBe('"Müller; Söhne";a1;digital-readiness;1.0.0;self;Anna;submitted;2026-12-01T10:00:00.000Z;q2;na');
    expect(lines).toHaveLength(4);
  });
});
