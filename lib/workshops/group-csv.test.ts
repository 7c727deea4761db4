import { describe, expect, it } from "vitest";
import { groupCsv } from "./group-csv";
import type { GroupAggregate } from "./aggregate";

describe("groupCsv", () => {
  it("holds the aggregates only, with titles, and neutralises formula-like cells", () => {
    const agg: GroupAggregate = {
      companyCount: 5,
      questionnaires: [{ key: "dr", overall: { n: 5, mean: 40, p25: 30, median: 40, p75: 50 }, dimensions: [{ id: "data", stat: { n: 5, mean: 40, p25: 30, median: 40, p75: 50 } }, { id: "proc", stat: null }], gaps: [{ itemId: "d1", dimension: "data", companies: 3, mean: 30 }] }],
    };
    const csv = groupCsv(agg, { dr: { title: "Digitale Reife", dimensions: { data: "Daten", proc: "=Abläufe" }, items: { d1: "Daten werden erfasst" } } });
    const lines = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe("questionnaire;kind;id;title;companies;mean;p25;median;p75;companies_with_gap");
    expect(lines).toContain("dr;overall;;;5;40;30;40;50;");
    expect(lines).toContain("dr;field;data;Daten;5;40;30;40;50;");
    expect(lines).toContain("dr;field;proc;'=Abläufe;;;;;;");
    expect(lines).toContain("dr;gap;d1;Daten werden erfasst;5;30;;;;3");
  });
});
