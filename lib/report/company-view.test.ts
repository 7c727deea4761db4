import { describe, it, expect } from "vitest";
import { buildCompanyView, type CompanyViewInput } from "./company-view";
import { choiceText } from "./content-text";
import { answersFor, catalogue, cycleQ, profileQ, readinessQ, registry, submitted, testLabels, trustQ } from "../testing/company-fixtures";

const base = (over: Partial<CompanyViewInput> = {}): CompanyViewInput => ({
  locale: "de",
  now: new Date("2026-04-01T08:00:00Z"),
  company: { id: "c1", name: "Dreherei Muster", sizeBand: "1-9", profile: { sizeBand: "1-9", itCapacity: "none", systems: ["none"], network: ["none"] } },
  questionnaire: (k, v) => registry.get(k, v),
  profileQuestionnaire: profileQ,
  catalogue,
  assessments: [],
  overrides: [],
  labels: testLabels,
  ...over,
});

describe("company view", () => {
  it("without any assessment: no picture, the next step is the self-check", () => {
    const v = buildCompanyView(base());
    expect(v.readiness).toBeNull();
    expect(v.matrix).toEqual([]);
    expect(v.roadmap.map((p) => p.items.length)).toEqual([0, 0, 0]);
    expect(v.nextStep).toEqual({ kind: "start-readiness" });
    expect(v.context.facts.map((f) => [f.label, f.value])).toEqual([["Größe", "1 bis 9"], ["IT", expect.any(String)]]);
  });

  const owner1 = submitted(readinessQ, answersFor(readinessQ, { strategy: 1, data: 0, processes: 1, skills: 2, organisation: 3, cooperation: 4, sovereignty: 1 }, { data: 3 }), { submittedAt: new Date("2025-09-01T10:00:00Z") });
  const owner2 = submitted(readinessQ, answersFor(readinessQ, { strategy: 2, data: 1, processes: 1, skills: 2, organisation: 3, cooperation: 4, sovereignty: 2 }, { data: 3 }), { submittedAt: new Date("2026-03-01T10:00:00Z") });
  const colleague = submitted(readinessQ, answersFor(readinessQ, { strategy: 2, data: 3, processes: 1, skills: 2, organisation: 3, cooperation: 4, sovereignty: 2 }), { respondentId: "u2", respondentName: "Meister", submittedAt: new Date("2026-03-03T10:00:00Z") });

  it("aggregates the current round, overlays the previous one and names strengths, gaps and the answers behind them", () => {
    const v = buildCompanyView(base({ assessments: [owner1, owner2, colleague] }));
    const r = v.readiness!;
    expect(r.respondents).toBe(2);
    const data = r.dimensions.find((d) => d.id === "data")!;
    expect(data).toMatchObject({ title: "Daten und Vernetzung", score: 50, min: 25, max: 75, previous: 0, delta: 50 });
    expect(r.previousRound?.submittedAt).toBe("2025-09-01T10:00:00.000Z");
    expect(r.strengths[0]).toMatchObject({ dimensionId: "cooperation", score: 100 });
    expect(r.gaps[0].dimensionId).toBe("processes");
    expect(r.gaps[0].answers[0].question.length).toBeGreaterThan(10);
    expect(r.gaps[0].measures.length).toBeGreaterThan(0);
    expect(r.discussionPoints.length).toBe(6); // all data items: 25 vs 75
    expect(r.band?.name).toBeTruthy();
    expect(v.history.readiness?.rows.find((x) => x.id === "data")?.delta).toBe(50);
    expect(v.sources).toEqual([{ key: "digital-readiness", title: readinessQ.title.de, versions: ["1.0.0"], respondents: 2, lastSubmittedAt: "2026-03-03T10:00:00.000Z" }]);
  });

  it("shows the team's answer behind a strength or gap, and each respondent's where they differ", () => {
    const levels = { strategy: 4, processes: 4, skills: 4, organisation: 4, cooperation: 4, sovereignty: 4 };
    const a = submitted(readinessQ, answersFor(readinessQ, { ...levels, data: 0 }), { respondentName: "Inhaberin" });
    const b = submitted(readinessQ, answersFor(readinessQ, { ...levels, data: 2 }), { respondentId: "u2", respondentName: "Meister" });
    const r = buildCompanyView(base({ assessments: [a, b] })).readiness!;
    const gap = r.gaps[0];
    expect(gap).toMatchObject({ dimensionId: "data", score: 25 });
    const q = readinessQ.scoring!.items.find((i) => i.id === gap.answers[0].itemId)!;
    const text = (level: number) => choiceText(readinessQ, q.id, level, "de");
    expect(gap.answers[0]).toMatchObject({ answer: `Inhaberin: ${text(0)} · Meister: ${text(2)}`, agreed: false });
    // where both gave the same answer, it is shown once, without names
    expect(r.strengths[0].answers[0]).toMatchObject({ answer: text(4), agreed: true });
  });

  it("builds matrix and roadmap with reasons tied to answers and context, localized", () => {
    const v = buildCompanyView(base({ assessments: [owner2] }));
    expect(v.matrix).toHaveLength(catalogue.measures.length);
    const items = v.roadmap.flatMap((p) => p.items);
    expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1));
    const tablets = items.find((i) => i.measureId === "tablets_capture")!;
    expect(tablets.why[0]).toMatch(/^Daten und Vernetzung: 25 von 100, Wichtigkeit hoch\./);
    expect(tablets.why.some((w) => w === catalogue.measures[0].contextRules.find((r) => r.field === "itCapacity")!.note.de)).toBe(true);
    expect(tablets.firstSteps).toHaveLength(3);
    expect(tablets.statusLabel).toBe("offen");
    expect(v.nextStep.kind).toBe("first-measure");
    const en = buildCompanyView(base({ assessments: [owner2], locale: "en" }));
    expect(en.roadmap[0].items[0].title).toBe(catalogue.measures.find((m) => m.id === en.roadmap[0].items[0].measureId)!.title.en);
  });

  it("applies plan overrides and counts plan progress", () => {
    const v = buildCompanyView(base({ assessments: [owner2], overrides: [{ measureId: "network", effort: 1, benefit: 5, phase: "0-3", status: "done" }, { measureId: "erp", status: "in_progress" }] }));
    const net = v.matrix.find((m) => m.measureId === "network")!;
    expect(net).toMatchObject({ effort: 1, benefit: 5, quadrant: "quick-win", overridden: true });
    expect(v.roadmap[0].items.some((i) => i.measureId === "network" && i.overridden.phase)).toBe(true);
    expect(v.history.plan).toEqual({ open: catalogue.measures.length - 2, inProgress: 1, done: 1, total: catalogue.measures.length });
  });

  it("shows trust self vs partner and the cycle's current step with its open items", () => {
    const self = submitted(trustQ, answersFor(trustQ, { competence: 4, integrity: 4, benevolence: 3, technology: 2 }));
    const partner = submitted(trustQ, answersFor(trustQ, { competence: 3, integrity: 2, benevolence: 3, technology: 2 }), { perspective: "partner", respondentId: "p1" });
    const cyc = submitted(cycleQ, answersFor(cycleQ, { needs: "yes", partner: "no", structures: "partly", relationship: "no", evaluation: "no" }));
    const v = buildCompanyView(base({ assessments: [self, partner, cyc] }));
    expect(v.trust?.hasPartner).toBe(true);
    expect(v.trust?.pillars.find((p) => p.id === "integrity")).toMatchObject({ self: 100, partner: 50, gap: -50 });
    expect(v.cycle?.currentStep?.id).toBe("partner");
    expect(v.cycle?.currentStep?.openItems).toHaveLength(6);
    expect(v.cycle?.steps.filter((s) => s.current)).toHaveLength(1);
    expect(v.readiness).toBeNull();
    expect(v.nextStep.kind).toBe("start-readiness");
    expect(v.matrix.length).toBe(catalogue.measures.length); // trust and cycle gaps already feed the plan
  });
});
