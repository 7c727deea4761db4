import { describe, it, expect } from "vitest";
import { buildResultView } from "./result-view";
import { scoreAnswers } from "../scoring/score";
import { answersFor, cycleQ, readinessQ } from "../testing/company-fixtures";
import { scoreCycle } from "../scoring/cycle";

describe("result view", () => {
  const view = (q: typeof readinessQ, answers: Record<string, unknown>) =>
    buildResultView({ locale: "de", companyName: "X", questionnaire: q, scores: scoreAnswers(q, answers), perspective: "self", respondent: "R", submittedAt: new Date("2026-03-01") });

  it("counts 'trifft nicht zu' as answered: 6 of 6, coverage 1", () => {
    const a = answersFor(readinessQ, { strategy: 2, data: "na", processes: 2, skills: 2, organisation: 2, cooperation: 2, sovereignty: 2 });
    const v = view(readinessQ, a);
    expect(v.dimensions.find((d) => d.id === "data")).toMatchObject({ answered: 6, total: 6, notApplicable: 6, score: null });
    expect(v.coverage).toBe(1);
  });

  it("shows the cycle step with the same number as the dashboard and the PDF (scoreCycle)", () => {
    const a = answersFor(cycleQ, { needs: "yes", partner: "partly", structures: "no", relationship: "yes", evaluation: "yes" });
    a.partner_profile = "yes";
    const v = view(cycleQ, a);
    const c = scoreCycle(cycleQ, a);
    for (const s of c.steps) expect(v.dimensions.find((d) => d.id === s.id)!.score).toBe(s.completeness);
  });
});
