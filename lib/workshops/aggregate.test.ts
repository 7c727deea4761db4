import { describe, expect, it } from "vitest";
import { aggregateGroup, isFinished, spreadBar, stat, type CompanyScores, type QuestionnaireShape } from "./aggregate";
import type { AssessmentScore } from "../scoring/score";

const shape: QuestionnaireShape = { key: "dr", dimensions: ["data", "proc"], items: [{ id: "d1", dimension: "data" }, { id: "p1", dimension: "proc" }] };

function score(data: number | null, proc: number | null, items: Record<string, number> = {}): AssessmentScore {
  const dims = [
    { id: "data", score: data },
    { id: "proc", score: proc },
  ].map((d) => ({ ...d, band: null, answered: 1, notApplicable: 0, total: 1, relevance: null }));
  const scored = [data, proc].filter((x): x is number => x !== null);
  return { questionnaireKey: "dr", contentVersion: "1.0.0", scoringVersion: "1.1.0", dimensions: dims, overall: scored.length ? scored.reduce((a, b) => a + b) / scored.length : null, band: null, itemPoints: items };
}

const company = (id: string, ...scores: AssessmentScore[]): CompanyScores => ({ companyId: id, scores });

describe("aggregateGroup", () => {
  it("averages per company first: a company with three respondents counts once", () => {
    const companies = [company("a", score(0, 0), score(0, 0), score(0, 0)), company("b", score(100, 100)), company("c", score(50, 50))];
    const g = aggregateGroup([shape], companies, 3);
    expect(g.companyCount).toBe(3);
    expect(g.questionnaires[0].dimensions[0].stat).toEqual({ n: 3, mean: 50, p25: 25, median: 50, p75: 75 });
  });

  it("leaves out a field that fewer than k companies answered", () => {
    const companies = [company("a", score(10, null)), company("b", score(20, 40)), company("c", score(30, 60))];
    const g = aggregateGroup([shape], companies, 3);
    expect(g.questionnaires[0].dimensions[0].stat?.n).toBe(3);
    expect(g.questionnaires[0].dimensions[1].stat).toBeNull();
  });

  it("names the most common gaps by share of companies, never by company", () => {
    const companies = ["a", "b", "c", "d"].map((id, i) => company(id, score(20, 80, { d1: i < 3 ? 25 : 75, p1: i < 1 ? 0 : 100 })));
    const g = aggregateGroup([shape], companies, 3);
    expect(g.questionnaires[0].gaps).toEqual([
      { itemId: "d1", dimension: "data", companies: 3, mean: 37.5 },
      { itemId: "p1", dimension: "proc", companies: 1, mean: 75 },
    ]);
    expect(JSON.stringify(g)).not.toMatch(/"[abcd]"/);
  });

  it("knows when a company has finished every questionnaire of the workshop", () => {
    expect(isFinished(["dr"], company("a", score(1, 1)))).toBe(true);
    expect(isFinished(["dr", "trust"], company("a", score(1, 1)))).toBe(false);
  });

  it("stat is null below k", () => {
    expect(stat([1, 2], 3)).toBeNull();
  });
});

describe("spreadBar", () => {
  it("marks the average, the figure shown beside the bar, not the median", () => {
    const s = stat([0, 0, 10, 90, 100], 3)!;
    expect(s.median).toBe(10);
    expect(spreadBar(s)).toEqual({ from: 0, to: 90, mark: 40 });
  });
});
