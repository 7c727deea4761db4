import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkCatalogue, profileCodes } from "./check-measures";
import { measuresCatalogueSchema, type MeasuresCatalogue } from "./schema";
import { loadContent } from "./load";

const { questionnaires, catalogues } = loadContent();
type RawMeasure = {
  id: string;
  prerequisites: string[];
  improves: Array<{ questionnaire: string; dimension: string; weight: number }>;
  contextRules: Array<{ field: string; values: string[]; effortDelta: number; note: unknown }>;
  durationMonths: { min: number; max: number };
  firstSteps: unknown[];
  kpi: unknown;
};
const raw = () =>
  JSON.parse(readFileSync(path.join(process.cwd(), "content/measures/1.0.0.json"), "utf8")) as { measures: RawMeasure[] };
const parse = (json: unknown): MeasuresCatalogue => measuresCatalogueSchema.parse(json);
const check = (json: unknown) => checkCatalogue(parse(json), questionnaires);

describe("checkCatalogue", () => {
  it("finds nothing in every published catalogue", () => {
    expect(catalogues.length).toBeGreaterThan(0);
    for (const c of catalogues) expect(checkCatalogue(c, questionnaires), c.version).toEqual([]);
  });

  it("the newest catalogue has at least 30 measures, each tied to items, and every scored item of the current questionnaires is addressed by one", () => {
    const newest = catalogues.at(-1)!;
    expect(newest.measures.length).toBeGreaterThanOrEqual(30);
    for (const m of newest.measures) expect(m.addresses.length, m.id).toBeGreaterThan(0);
    const addressed = new Set(newest.measures.flatMap((m) => m.addresses));
    const keys = ["digital-readiness", "digital-readiness-core", "trust", "cooperation-cycle"];
    const newestQ = keys.map((k) => questionnaires.filter((q) => q.key === k).at(-1)!);
    const missing = newestQ.flatMap((q) => q.scoring!.items.map((i) => i.id)).filter((id) => !addressed.has(id));
    expect(missing).toEqual([]);
  });

  it("1.1.0 keeps every measure id of 1.0.0 (a PlanItem override refers to a measure by id)", () => {
    const ids = (v: string) => catalogues.find((c) => c.version === v)!.measures.map((m) => m.id);
    expect(ids("1.1.0")).toEqual(expect.arrayContaining(ids("1.0.0")));
  });

  it("reads the profile codes from the company-profile questionnaire", () => {
    const codes = profileCodes(questionnaires);
    expect([...codes.get("sizeBand")!]).toEqual(["1-9", "10-49", "50-249", "250+"]);
    expect(codes.get("itCapacity")!.has("part-time")).toBe(true);
    expect(codes.get("systems")!.has("erp")).toBe(true);
  });

  it("reports improves that point at an unknown questionnaire or dimension", () => {
    const json = raw();
    json.measures[0].improves.push({ questionnaire: "nowhere", dimension: "data", weight: 1 });
    json.measures[0].improves.push({ questionnaire: "digital-readiness", dimension: "ghost", weight: 1 });
    const problems = check(json);
    expect(problems).toContain(`measure ${json.measures[0].id} improves unknown questionnaire nowhere`);
    expect(problems).toContain(`measure ${json.measures[0].id} improves unknown dimension digital-readiness/ghost`);
  });

  it("reports addressed items that are no scored item of the questionnaires the measure improves", () => {
    const json = raw() as { measures: (RawMeasure & { addresses?: string[] })[] };
    json.measures[0].addresses = ["data_machine_capture", "integ_commitments", "data_machine_capture", "no_such_item"];
    const problems = check(json);
    const id = json.measures[0].id;
    expect(problems).toContain(`measure ${id} addresses item integ_commitments, which is no scored item of the questionnaires it improves (digital-readiness)`);
    expect(problems).toContain(`measure ${id} addresses item no_such_item, which is no scored item of the questionnaires it improves (digital-readiness)`);
    expect(problems).toContain(`measure ${id} lists an addressed item twice`);
    expect(problems.filter((p) => p.includes("data_machine_capture,"))).toEqual([]);
  });

  it("reports unknown prerequisites and a measure that needs itself", () => {
    const json = raw();
    const [a, b] = json.measures;
    a.prerequisites = ["ghost_measure"];
    b.prerequisites = [b.id];
    const problems = check(json);
    expect(problems).toContain(`measure ${a.id} needs unknown measure ghost_measure`);
    expect(problems).toContain(`measure ${b.id} lists itself as a prerequisite`);
  });

  it("reports a prerequisite cycle", () => {
    const json = raw();
    const [a, b, c] = json.measures;
    a.prerequisites = [b.id];
    b.prerequisites = [c.id];
    c.prerequisites = [a.id];
    const cycles = check(json).filter((p) => p.startsWith("prerequisites form a cycle"));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toBe(`prerequisites form a cycle: ${a.id} → ${b.id} → ${c.id} → ${a.id}`);
  });

  it("reports context rule values that the company profile does not offer", () => {
    const json = raw();
    const m = json.measures[0];
    m.contextRules = [
      { field: "sizeBand", values: ["10-49", "10–49"], effortDelta: 1, note: { de: "x", en: "x" } },
      { field: "itCapacity", values: ["outsourced"], effortDelta: 1, note: { de: "x", en: "x" } },
    ];
    const problems = check(json);
    expect(problems).toContain(`measure ${m.id} has a context rule on sizeBand with unknown value 10–49`);
    expect(problems).toContain(`measure ${m.id} has a context rule on itCapacity with unknown value outsourced`);
    expect(problems.filter((p) => p.includes("10-49 "))).toEqual([]);
  });

  it("reports a context rule on a field when no company profile asks it", () => {
    const json = raw();
    const withoutProfile = questionnaires.filter((q) => q.key !== "company-profile");
    const problems = checkCatalogue(parse(json), withoutProfile);
    const m = json.measures.find((x) => x.contextRules.length)!;
    expect(problems).toContain(`measure ${m.id} has a context rule on ${m.contextRules[0].field}, which the company profile does not ask`);
  });

  it("reports a duration whose minimum exceeds its maximum", () => {
    const json = raw();
    json.measures[0].durationMonths = { min: 12, max: 3 };
    expect(check(json)).toContain(`measure ${json.measures[0].id} lasts from 12 to 3 months (min > max)`);
  });

  it("reports an empty English first step and a duplicate measure id", () => {
    const json = raw();
    json.measures[0].firstSteps[1] = { de: "Termin vereinbaren", en: " " };
    json.measures.push({ ...json.measures[1] });
    const problems = check(json);
    expect(problems).toContain(`measure ${json.measures[0].id} firstSteps 2 has an empty en text`);
    expect(problems).toContain(`measure id ${json.measures[1].id} is used twice`);
  });
});
