import { describe, it, expect } from "vitest";
import { buildHandout, countMeasures, handoutSchema, MIN_MEASURE_COMPANIES, recommendedFor, type CompanyPlanInput } from "./group-measures";
import { aggregateGroup } from "./aggregate";
import { groupPdfView } from "./group-pdf-view";
import { groupLabels, shapesOf } from "./shapes";
import { CORE_READINESS } from "../content/readiness";
import { answersFor, registry, submitted } from "../testing/company-fixtures";

const core = registry.latest(CORE_READINESS)!;
const src = { questionnaire: (k: string, v: string) => registry.get(k, v), profile: registry.latest("company-profile"), catalogue: registry.catalogue() };
const now = new Date("2026-12-01T10:00:00Z");
const NAMES = ["Tischlerei Holzwurm", "Metallbau Funke", "Bäckerei Korn", "Druckerei Satz", "Elektro Watt", "Gärtnerei Grün"];

/** a workshop company: one guest respondent answering the core check at one level per dimension */
function company(i: number, levels: Record<string, number>): CompanyPlanInput {
  return { companyId: `c${i}`, sizeBand: "10-49", profile: null, assessments: [submitted(core, answersFor(core, levels), { respondentId: `r${i}`, respondentName: NAMES[i] })] };
}
const strong = { strategy: 4, data: 4, processes: 4, skills: 4, organisation: 4, cooperation: 4, sovereignty: 4 };

describe("measures most often recommended (group PDF)", () => {
  it("counts each company once per measure, keeps only measures of at least two companies, most often first", () => {
    expect(MIN_MEASURE_COMPANIES).toBe(2);
    const counted = countMeasures([["a", "b", "a"], ["a", "c"], ["a", "b"], ["d"]]);
    expect(counted).toEqual([{ measureId: "a", companies: 3 }, { measureId: "b", companies: 2 }]);
    // a measure of one company alone never appears, whatever min the caller asks for
    expect(countMeasures([["a"], ["b"]], 1)).toEqual([]);
    expect(countMeasures(Array.from({ length: 10 }, (_, i) => Array.from({ length: 12 }, (_, j) => `m${j}`).slice(0, 12 - (i % 3))), 2, 8)).toHaveLength(8);
  });

  it("runs the planning per company over its core-check result: a weak field gets measures, a strong company none", () => {
    const weakData = recommendedFor(company(0, { ...strong, data: 0 }), src, now);
    expect(weakData.length).toBeGreaterThan(0);
    const catalogue = registry.catalogue()!;
    for (const id of weakData) expect(catalogue.measures.find((m) => m.id === id)!.addresses.some((a) => ["data_no_double_entry", "data_analysis"].includes(a)), id).toBe(true);
    expect(recommendedFor(company(1, strong), src, now)).toEqual([]);
  });

  it("a measure only one company needs stays off the handout; one that several need is counted", () => {
    const companies = [company(0, { ...strong, data: 0 }), company(1, { ...strong, data: 0 }), company(2, { ...strong, data: 0 }), company(3, { ...strong, sovereignty: 0 }), company(4, strong)];
    const h = buildHandout(companies, src, now);
    expect(handoutSchema.parse(h)).toEqual(h);
    const dataMeasures = recommendedFor(companies[0], src, now);
    const sovOnly = recommendedFor(companies[3], src, now).filter((id) => !dataMeasures.includes(id));
    expect(sovOnly.length).toBeGreaterThan(0);
    for (const id of sovOnly) expect(h.measures.map((m) => m.measureId)).not.toContain(id);
    expect(h.measures.length).toBeGreaterThan(0);
    for (const m of h.measures) expect(m.companies).toBe(3);
    expect(h).toMatchObject({ catalogueVersion: "1.3.0", contentVersions: { [CORE_READINESS]: ["1.0.0"] } });
  });

  it("nothing in the handout or the PDF's view model names a company or a person", () => {
    const companies = NAMES.map((_, i) => company(i, { strategy: i % 5, data: (i + 1) % 5, processes: 1, skills: 2, organisation: 0, cooperation: 3, sovereignty: 1 }));
    const agg = aggregateGroup(shapesOf([CORE_READINESS]), companies.map((c) => ({ companyId: c.companyId, scores: c.assessments.map((a) => a.scores) })), 5);
    const handout = buildHandout(companies, src, now);
    const view = groupPdfView({
      workshop: { title: "Digitalisierung im Mittelstand", date: "1. Dezember 2026", place: "Kammer, Saal 2" },
      publishedAt: now.toISOString(),
      k: 5,
      aggregate: agg,
      handout,
      labels: groupLabels([CORE_READINESS], "de"),
      measureTitle: (id) => registry.catalogue()!.measures.find((m) => m.id === id)!.title.de,
      versionLabels: { catalogue: "Maßnahmenkatalog", scoring: "Bewertung", planning: "Planung" },
    });
    const text = JSON.stringify({ handout, view });
    for (const n of NAMES) expect(text).not.toContain(n);
    for (const c of companies) {
      expect(text).not.toContain(`"${c.companyId}"`);
      expect(text).not.toContain(c.assessments[0].respondentId);
    }
    expect(view.companyCount).toBe(6);
    expect(view.questionnaires[0].dimensions).toHaveLength(7);
    expect(view.versions).toEqual(["Digitale Reife – Kurzcheck 1.0.0", "Maßnahmenkatalog 1.3.0", expect.stringMatching(/^Bewertung /), expect.stringMatching(/^Planung /)]);
    expect(view.measures!.every((m) => m.companies >= 2 && m.title.length > 0)).toBe(true);
  });
});
