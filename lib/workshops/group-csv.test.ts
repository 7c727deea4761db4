import { describe, expect, it } from "vitest";
import { groupCsv } from "./group-csv";
import type { GroupAggregate } from "./aggregate";

const agg: GroupAggregate = {
  companyCount: 5,
  questionnaires: [{ key: "dr", overall: { n: 5, mean: 40.5, p25: 30, median: 40, p75: 50 }, dimensions: [{ id: "data", stat: { n: 5, mean: 42.5, p25: 30, median: 40, p75: 50 } }, { id: "proc", stat: null }], gaps: [{ itemId: "d1", dimension: "data", companies: 3, mean: 12.5 }] }],
};
const labels = { dr: { title: "Digitale Reife", dimensions: { data: "Daten", proc: "=Abläufe" }, items: { d1: "Daten werden erfasst" } } };
const lines = (csv: string) => csv.replace("\uFEFF", "").trim().split("\r\n");

describe("groupCsv", () => {
  it("holds the aggregates only, with titles, and neutralises formula-like cells", () => {
    const l = lines(groupCsv(agg, labels));
    expect(l).toContain("dr;Handlungsfeld;proc;'=Abläufe;;;;;;");
    expect(l).toContain("dr;Lücke;d1;Daten werden erfasst;5;12,5;;;;3");
  });
  it("German: German headings and row kinds, decimals with a comma (German Excel read 12.5 as a date)", () => {
    const csv = groupCsv(agg, labels, "de");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const l = lines(csv);
    expect(l[0]).toBe("Fragebogen;Zeile;Kennung;Bezeichnung;Betriebe;Durchschnitt;unteres Viertel;Median;oberes Viertel;Betriebe mit Lücke");
    expect(l).toContain("dr;gesamt;;Digitale Reife;5;40,5;30;40;50;");
    expect(l).toContain("dr;Handlungsfeld;data;Daten;5;42,5;30;40;50;");
    expect(csv).not.toMatch(/\d\.\d/);
  });
  it("English: English headings, decimal point", () => {
    const l = lines(groupCsv(agg, labels, "en"));
    expect(l[0]).toBe("questionnaire;row;id;title;companies;mean;lower quartile;median;upper quartile;companies with gap");
    expect(l).toContain("dr;field of action;data;Daten;5;42.5;30;40;50;");
    expect(l).toContain("dr;gap;d1;Daten werden erfasst;5;12.5;;;;3");
  });
});
