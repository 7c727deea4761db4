import { describe, it, expect } from "vitest";
import { buildCompanyView, type CompanyViewInput } from "./company-view";
import { choiceText } from "./content-text";
import { answersFor, cycleQ, profileQ, readinessQ, registry, submitted, testLabels, trustQ } from "../testing/company-fixtures";

const catalogue = registry.catalogue("1.1.0")!;

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
    expect(r.gaps.flatMap((g) => g.measures).length).toBeGreaterThan(0);
    // strengths are only what is strong (>= 75), with their strong answers
    expect(r.strengths.map((x) => x.dimensionId)).toEqual(["cooperation", "organisation"]);
    expect(r.strengths.flatMap((x) => x.answers).every((a) => a.points >= 75)).toBe(true);
    expect(r.gaps.every((g) => g.score < 75 && g.answers.every((a) => a.points <= 50))).toBe(true);
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

  it("builds matrix and roadmap only from what the answers call for, within capacity, with the triggering answers, localized", () => {
    const v = buildCompanyView(base({ assessments: [owner2] }));
    const items = v.roadmap.flatMap((p) => p.items);
    expect(v.planStatus).toBe("ok");
    expect(v.capacity).toEqual({ concurrent: 1, maxRecommended: 3 }); // 1-9 people, no IT staff, no group
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(v.matrix.map((m) => m.measureId)).toEqual(items.map((i) => i.measureId));
    expect(items.map((i) => i.rank)).toEqual(items.map((_, i) => i + 1));
    for (const i of items) {
      expect(i.triggeredBy.length).toBeGreaterThan(0);
      expect(i.triggeredBy[0].question).not.toBe(i.triggeredBy[0].itemId);
      expect(i.triggeredBy[0].answer).toBe(choiceText(readinessQ, i.triggeredBy[0].itemId, owner2.answers[i.triggeredBy[0].itemId], "de"));
      expect(i.why[0]).toBe(`„${i.triggeredBy[0].question}“: ${i.triggeredBy[0].answer}`);
      expect(i.firstSteps).toHaveLength(3);
      expect(i.statusLabel).toBe("offen");
    }
    expect(v.deferred.length).toBe(catalogue.measures.length - items.length);
    expect(v.deferred.some((d) => d.reason === "capacity" && d.reasonText === "Kapazität")).toBe(true);
    expect(v.nextStep).toEqual({ kind: "first-measure", measureId: items[0].measureId, title: items[0].title });
    expect(v.standing).toMatch(/^Reife \d+ \(.+\), Lücke: /);
    const en = buildCompanyView(base({ assessments: [owner2], locale: "en" }));
    expect(en.roadmap[0].items[0].title).toBe(catalogue.measures.find((m) => m.id === en.roadmap[0].items[0].measureId)!.title.en);
  });

  it("applies plan overrides, keeps an overridden measure the answers no longer call for, and counts plan progress", () => {
    const v = buildCompanyView(base({ assessments: [owner2], overrides: [{ measureId: "network", effort: 1, benefit: 5, phase: "0-3", status: "done" }, { measureId: "erp", status: "in_progress" }] }));
    const net = v.matrix.find((m) => m.measureId === "network")!;
    // cooperation is a strength: network is not recommended, but the user's change keeps it visible; 12 months: no quick win
    expect(net).toMatchObject({ effort: 1, benefit: 5, quadrant: "strategic", overridden: true });
    const kept = v.roadmap[0].items.find((i) => i.measureId === "network")!;
    expect(kept).toMatchObject({ kept: true, triggeredBy: [], status: "done" });
    const total = v.roadmap.flatMap((p) => p.items).length;
    expect(v.history.plan).toEqual({ open: total - 2, inProgress: 1, done: 1, total });
  });

  it("nothing answered: no plan, the missing areas are named and the next step asks to complete them", () => {
    const empty = submitted(readinessQ, {});
    const v = buildCompanyView(base({ assessments: [empty] }));
    expect(v.planStatus).toBe("insufficient");
    expect(v.matrix).toEqual([]);
    expect(v.deferred).toEqual([]);
    expect(v.missingAreas.map((m) => m.dimension)).toEqual(readinessQ.scoring!.dimensions.map((d) => d.id));
    expect(v.missingAreas[0]).toMatchObject({ questionnaire: "digital-readiness", answered: 0, total: 6 });
    expect(v.nextStep.kind).toBe("complete-answers");
    expect(v.readiness?.strengths).toEqual([]);
  });

  it("uses the catalogue it is given: a plan of catalogue 1.0.0 renders with its measures", () => {
    const old = registry.catalogue("1.0.0")!;
    const v = buildCompanyView(base({ assessments: [owner2], catalogue: old }));
    expect(v.catalogueVersion).toBe("1.0.0");
    for (const i of v.roadmap.flatMap((p) => p.items)) expect(old.measures.some((m) => m.id === i.measureId)).toBe(true);
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
    // trust and cycle gaps feed the plan: the partner's weak integrity view and the current cycle step
    const ids = v.matrix.map((m) => m.measureId);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(3);
    const addressed = (id: string) => catalogue.measures.find((m) => m.id === id)!.addresses;
    expect(ids.every((id) => addressed(id).some((a) => a.startsWith("integ_") || a.startsWith("tech_") || a.startsWith("partner_")))).toBe(true);
  });

  it("an old trust 1.0.0 'partner' result, answered by the company's own user, stays readable as the company's view OF its partner", () => {
    // "Als Partner bewerten" (trust 1.0.0, perspective partner): the owner rated the partner ("Unser Partner hält Zusagen …")
    const self = submitted(trustQ, answersFor(trustQ, { competence: 4, integrity: 4, benevolence: 4, technology: 4 }));
    const oldPartner = submitted(trustQ, answersFor(trustQ, { competence: 1, integrity: 0, benevolence: 1, technology: 1 }), { perspective: "partner" });
    const v = buildCompanyView(base({ assessments: [self, oldPartner], catalogue: registry.catalogue("1.2.0") }));
    expect(v.trust?.hasPartner).toBe(true);
    expect(v.trust?.pillars.find((p) => p.id === "integrity")).toMatchObject({ self: 100, partner: 0, gap: -100 });
    // the plan names these answers with the question as it was asked: about the partner, not about us
    const whys = v.roadmap.flatMap((p) => p.items).flatMap((i) => i.triggeredBy).filter((t) => t.itemId.startsWith("integ_"));
    expect(whys.length).toBeGreaterThan(0);
    expect(whys.some((w) => w.answer.includes("Inhaberin (Einschätzung des Partners): Trifft gar nicht zu"))).toBe(true);
  });

  it("trust 2.0.0: the self-image comes from 'how we come across', the view of the partner from 'how we see our partner'", () => {
    const t2 = registry.get("trust", "2.0.0")!;
    const a: Record<string, unknown> = { partner_name: "Titan AG" };
    for (const i of t2.scoring!.items) a[i.id] = i.dimension.endsWith("_other") ? 2 : 4;
    const v = buildCompanyView(base({ assessments: [submitted(t2, a)], catalogue: registry.catalogue("1.2.0") }));
    expect(v.trust?.version).toBe("2.0.0");
    expect(v.trust?.pillars.map((p) => [p.id, p.title, p.self, p.partner])).toEqual([
      ["competence", "Kompetenz", 100, 50],
      ["integrity", "Integrität", 100, 50],
      ["benevolence", "Wohlwollen", 100, 50],
      ["technology", "Vertrauen in die gemeinsam genutzte Technik", 100, 50],
    ]);
  });
});
