import { describe, it, expect } from "vitest";
import { buildCompanyView } from "./company-view";
import { planCsv, planJson, PLAN_CSV_COLUMNS } from "./plan-export";
import { answersFor, profileQ, readinessQ, registry, submitted, testLabels } from "../testing/company-fixtures";

const view = (answers: Record<string, unknown>, overrides = [] as Parameters<typeof buildCompanyView>[0]["overrides"]) =>
  buildCompanyView({
    locale: "de",
    now: new Date("2026-04-01T08:00:00Z"),
    company: { id: "c1", name: 'Dreherei "Muster"; Söhne', sizeBand: "10-49", profile: { sizeBand: "10-49", itCapacity: "part-time", systems: ["none"], network: ["none"] } },
    questionnaire: (k, v) => registry.get(k, v),
    profileQuestionnaire: profileQ,
    catalogue: registry.catalogue("1.1.0"),
    assessments: [submitted(readinessQ, answers)],
    overrides,
    labels: testLabels,
  });

describe("plan as data", () => {
  const v = view(answersFor(readinessQ, { strategy: 1, data: 0, processes: 1, skills: 2, organisation: 1, cooperation: 4, sovereignty: 1 }, { data: 3 }), [{ measureId: "network", status: "in_progress", ownerRole: 'Inhaberin; "Meister"' }]);
  it("JSON: recommended with phase, quadrant, effort, benefit, triggering items, owner and review date; kept and deferred with reasons", () => {
    const j = planJson(v);
    expect(j.versions).toEqual({ scoring: v.scoringVersion, planning: "2.0.0", catalogue: "1.1.0" });
    expect(j.recommended.length).toBe(v.roadmap.flatMap((p) => p.items).filter((i) => !i.kept).length);
    const first = j.recommended[0];
    expect(first.triggeredBy.length).toBeGreaterThan(0);
    expect(first.answers[0].itemId).toBe(first.triggeredBy[0]);
    expect(first.reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(j.kept.map((k) => k.measureId)).toEqual(["network"]);
    expect(j.deferred.length).toBe(registry.catalogue("1.1.0")!.measures.length - j.recommended.length - 1);
    expect(j.deferred.every((d) => d.reasonText.length > 0)).toBe(true);
  });
  it("CSV: header, one row per measure, ';'-separated, quoted where needed, BOM and CRLF", () => {
    const csv = planCsv(v);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0].split(";")).toEqual([...PLAN_CSV_COLUMNS]);
    const j = planJson(v);
    expect(lines).toHaveLength(1 + j.recommended.length + j.kept.length + j.deferred.length);
    expect(lines[1].startsWith(`1;${j.recommended[0].measureId};`)).toBe(true);
    expect(lines.some((l) => l.includes(";network;") && l.includes(";kept;"))).toBe(true);
    expect(lines.filter((l) => l.includes(";deferred;"))).toHaveLength(j.deferred.length);
    // every row has all columns once quoted cells (texts with ; or ") are read as one
    const fields = (l: string) => l.replace(/"([^"]|"")*"/g, "x").split(";").length;
    for (const l of lines) expect(fields(l)).toBe(PLAN_CSV_COLUMNS.length);
    expect(lines.find((l) => l.includes(";network;"))).toContain(';"Inhaberin; ""Meister""";');
  });
  it("nothing answered: status insufficient, nothing recommended", () => {
    const j = planJson(view({}));
    expect(j).toMatchObject({ status: "insufficient", recommended: [], kept: [], deferred: [] });
    expect(j.missingAreas).toHaveLength(7);
  });
});
