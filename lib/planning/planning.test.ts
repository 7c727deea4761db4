import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { Questionnaire } from "../content/schema";
import { scoreAnswers } from "../scoring/score";
import { scoreCycle } from "../scoring/cycle";
import { buildPlan, plannedMonths, HORIZON_MONTHS, type PlanOverride } from "./roadmap";
import { quadrantOf, scoreMeasure, GAP_POINTS, type PlanningInputs } from "./matrix";
import { capacityOf } from "./capacity";
import { companyContext } from "./context";
import { dimensionCoverage, itemInputs } from "./inputs";
import { answersFor, cycleQ, readinessQ, registry, trustQ } from "../testing/company-fixtures";

const catalogue = registry.catalogue("1.1.0")!;
const oldCatalogue = registry.catalogue("1.0.0")!;
const start = new Date("2026-03-01T00:00:00Z");
const byId = (id: string) => catalogue.measures.find((m) => m.id === id)!;

/** Planning inputs from one answer set per questionnaire (what lib/report/plan-section.ts builds from the assessments). */
function inputsOf(sets: { q: Questionnaire; answers: Record<string, unknown> }[]): PlanningInputs {
  const inputs: PlanningInputs = { items: [], dimensions: {}, currentCycleStep: null };
  for (const { q, answers } of sets) {
    const items = itemInputs(q, [answers]);
    const scores = scoreAnswers(q, answers);
    inputs.items.push(...items);
    for (const c of dimensionCoverage(q, items)) {
      const d = scores.dimensions.find((x) => x.id === c.dimension)!;
      inputs.dimensions[`${q.key}:${c.dimension}`] = { score: d.score, relevance: d.relevance, covered: c.covered };
    }
    if (q.key === "cooperation-cycle") inputs.currentCycleStep = scoreCycle(q, answers).currentStep;
  }
  return inputs;
}
const plan = (sets: { q: Questionnaire; answers: Record<string, unknown> }[], profile: unknown = { sizeBand: "10-49", itCapacity: "part-time", network: ["none"], systems: ["none"] }, overrides: PlanOverride[] = [], measures = catalogue.measures) =>
  buildPlan({ measures, inputs: inputsOf(sets), context: companyContext(profile, null), overrides, start });

const dims = readinessQ.scoring!.dimensions.map((d) => d.id);
const allAt = (q: Questionnaire, v: number | string) => answersFor(q, Object.fromEntries(q.scoring!.dimensions.map((d) => [d.id, v])), Object.fromEntries(dims.map((d) => [d, 3])));
const point = (items: PlanningInputs["items"], id: string) => items.find((i) => i.itemId === id)!.points;

// arbitrary answers: each scored item of the three questionnaires unanswered, "not applicable" or on the scale; relevance 1-3
const answersArb = (q: Questionnaire, values: (string | number)[]) =>
  fc.record(Object.fromEntries(q.scoring!.items.map((i) => [i.id, fc.option(fc.constantFrom(...values), { nil: undefined })])) as Record<string, fc.Arbitrary<string | number | undefined>>);
const relevanceArb = fc.record(Object.fromEntries(readinessQ.scoring!.relevance.map((r) => [r.question, fc.constantFrom(1, 2, 3)])) as Record<string, fc.Arbitrary<number>>);
const profileArb = fc.record({
  sizeBand: fc.constantFrom("1-9", "10-49", "50-249", "250+"),
  itCapacity: fc.constantFrom("none", "part-time", "own-staff"),
  systems: fc.subarray(["erp", "mes", "cad-cam", "machine-data"]),
  network: fc.subarray(["group", "cluster", "hub"]),
});
const companyArb = fc.record({
  readiness: fc.tuple(answersArb(readinessQ, [0, 1, 2, 3, 4, "na"]), relevanceArb).map(([a, r]) => ({ ...a, ...r })),
  trust: answersArb(trustQ, [0, 1, 2, 3, 4, "na"]),
  cycle: answersArb(cycleQ, ["yes", "partly", "no", "na"]),
  profile: profileArb,
});
const clean = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
const sets = (c: { readiness: Record<string, unknown>; trust: Record<string, unknown>; cycle: Record<string, unknown> }) => [
  { q: readinessQ, answers: clean(c.readiness) },
  { q: trustQ, answers: clean(c.trust) },
  { q: cycleQ, answers: clean(c.cycle) },
];

describe("what the answers call for", () => {
  it("a company that answers everything at the top gets no more than two measures (here: none)", () => {
    const p = plan([{ q: readinessQ, answers: allAt(readinessQ, 4) }, { q: trustQ, answers: allAt(trustQ, 4) }, { q: cycleQ, answers: allAt(cycleQ, "yes") }]);
    expect(p.status).toBe("ok");
    expect(p.items.length).toBeLessThanOrEqual(2);
    expect(p.items).toEqual([]);
    expect(new Set(p.deferred.map((d) => d.reason))).toEqual(new Set(["in-place"]));
  });

  it("nothing answered: no plan, status insufficient, every measure deferred as not answered", () => {
    const p = plan([{ q: readinessQ, answers: {} }]);
    expect(p.status).toBe("insufficient");
    expect(p.items).toEqual([]);
    expect(p.deferred).toHaveLength(catalogue.measures.length);
    expect(new Set(p.deferred.map((d) => d.reason))).toEqual(new Set(["not-answered"]));
  });

  it("a strength never triggers: ERP answered as fully in place is not recommended, even with every other item weak", () => {
    const a = allAt(readinessQ, 0);
    for (const id of ["proc_erp", "proc_single_source", "proc_order_status"]) a[id] = 4;
    const p = plan([{ q: readinessQ, answers: a }]);
    expect(p.items.map((i) => i.measureId)).not.toContain("erp");
    expect(p.deferred.find((d) => d.measureId === "erp")?.reason).toBe("in-place");
  });

  it("a measure whose core item (the first it addresses) is a strength is in place, even when a side item is weak", () => {
    const a = allAt(readinessQ, 4);
    a.proc_order_status = 0; // ERP in use, but the order status is not visible
    const p = plan([{ q: readinessQ, answers: a }]);
    expect(p.deferred.find((d) => d.measureId === "erp")?.reason).toBe("in-place");
    expect(p.items.map((i) => i.measureId)).toContain("order_tracking"); // its core is the order status
  });

  it("'trifft bei uns nicht zu' never triggers: data services answered not applicable are deferred as such", () => {
    const a = allAt(readinessQ, 0);
    a.strat_data_services = "na";
    a.strat_business_model = "na";
    const p = plan([{ q: readinessQ, answers: a }], { sizeBand: "250+", itCapacity: "own-staff", network: ["group"], systems: [] });
    expect(p.items.map((i) => i.measureId)).not.toContain("data_based_services");
    expect(p.deferred.find((d) => d.measureId === "data_based_services")?.reason).toBe("not-applicable");
  });

  it("a dimension marked not applicable triggers nothing (property)", () => {
    fc.assert(
      fc.property(companyArb, fc.constantFrom(...dims), (c, dim) => {
        const readiness = { ...clean(c.readiness) };
        for (const i of readinessQ.scoring!.items.filter((x) => x.dimension === dim)) readiness[i.id] = "na";
        const p = plan(sets({ ...c, readiness }), c.profile);
        const inDim = new Set(readinessQ.scoring!.items.filter((x) => x.dimension === dim).map((x) => x.id));
        for (const m of p.items) expect(m.triggeredBy.filter((id) => inDim.has(id))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("every recommended measure names the answers that triggered it, and each is a relevant gap, never a strength or 'not applicable' (property)", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        const s = sets(c);
        const inputs = inputsOf(s);
        const p = plan(s, c.profile);
        for (const m of p.items) {
          expect(m.kept).toBe(false);
          expect(m.triggeredBy.length).toBeGreaterThan(0);
          for (const id of m.triggeredBy) {
            const pts = point(inputs.items, id);
            expect(pts).not.toBeNull();
            expect(pts!).toBeLessThanOrEqual(GAP_POINTS);
            expect(byId(m.measureId).addresses).toContain(id);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("gaps in an area rated of low importance do not trigger; the measure is deferred with that reason", () => {
    const a = answersFor(readinessQ, Object.fromEntries(dims.map((d) => [d, 4])), Object.fromEntries(dims.map((d) => [d, 2])));
    for (const i of readinessQ.scoring!.items.filter((x) => x.dimension === "sovereignty")) a[i.id] = 0;
    a.rel_sovereignty = 1;
    const p = plan([{ q: readinessQ, answers: a }]);
    expect(p.items).toEqual([]);
    expect(p.deferred.find((d) => d.measureId === "data_sharing_agreements")?.reason).toBe("low-relevance");
    a.rel_sovereignty = 3;
    expect(plan([{ q: readinessQ, answers: a }]).items.map((i) => i.measureId)).toContain("data_sharing_agreements");
  });

  it("an area with less than half of its items answered does not trigger (coverage rule)", () => {
    const a = answersFor(readinessQ, Object.fromEntries(dims.map((d) => [d, 4])), {});
    for (const i of readinessQ.scoring!.items.filter((x) => x.dimension === "data")) delete a[i.id];
    a.data_machine_capture = 0;
    a.data_no_double_entry = 0; // 2 of 6 answered
    const p = plan([{ q: readinessQ, answers: a }]);
    expect(p.status).toBe("ok");
    expect(p.items.map((i) => i.measureId)).not.toContain("tablets_capture");
    a.data_interfaces = 4; // 3 of 6: covered
    expect(plan([{ q: readinessQ, answers: a }]).items.map((i) => i.measureId)).toContain("tablets_capture");
  });

  it("the cooperation cycle triggers measures of its current step only", () => {
    const c = answersFor(cycleQ, { needs: "yes", partner: "yes", structures: "no", relationship: "no", evaluation: "no" });
    const p = plan([{ q: cycleQ, answers: c }]);
    const ids = p.items.map((i) => i.measureId);
    expect(ids).toContain("cooperation_agreement");
    expect(ids).not.toContain("joint_evaluation");
    expect(ids).not.toContain("collaboration_rhythm");
    expect(p.deferred.find((d) => d.measureId === "joint_evaluation")?.reason).toBe("later-cycle-step");
  });

  it("weak trust pillars lead to trust measures with first steps, owner and KPI; the partner's weaker view counts", () => {
    const selfA = allAt(trustQ, 4);
    const partnerA = { ...allAt(trustQ, 4), integ_commitments: 1, integ_honesty: 1, integ_rules: 2, benev_fair_share: 0, benev_interests: 1 };
    const inputs = inputsOf([{ q: trustQ, answers: selfA }]);
    const partnerItems = itemInputs(trustQ, [partnerA]);
    inputs.items = inputs.items.map((i, k) => ({ ...i, points: Math.min(i.points ?? 100, partnerItems[k].points ?? 100) }));
    const p = buildPlan({ measures: catalogue.measures, inputs, context: companyContext(null, "10-49"), overrides: [], start });
    const ids = p.items.map((i) => i.measureId);
    expect(ids).toEqual(expect.arrayContaining(["commitment_tracking", "open_book_session"]));
    for (const id of ids) {
      const m = byId(id);
      expect(m.firstSteps).toHaveLength(3);
      expect(m.ownerRole.de.length).toBeGreaterThan(3);
      expect(m.kpi.de.length).toBeGreaterThan(10);
    }
  });
});

describe("sized to the company", () => {
  it("capacity rule: size band, own IT, group", () => {
    const cap = (p: unknown) => capacityOf(companyContext(p, null)).concurrent;
    expect(cap({ sizeBand: "1-9", itCapacity: "none", network: ["group"] })).toBe(2);
    expect(cap({ sizeBand: "1-9", itCapacity: "none", network: ["none"] })).toBe(1);
    expect(cap({ sizeBand: "10-49", itCapacity: "part-time", network: ["none"] })).toBe(2);
    expect(cap({ sizeBand: "50-249", itCapacity: "own-staff", network: ["cluster"] })).toBe(4);
    expect(cap({ sizeBand: "250+", itCapacity: "own-staff", network: ["group"] })).toBe(5);
    expect(cap(null)).toBe(2);
  });

  it("the number of measures running at the same time never exceeds the capacity rule, and all start within 24 months (property)", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        const p = plan(sets(c), c.profile);
        expect(p.items.length).toBeLessThanOrEqual(p.capacity.maxRecommended);
        for (let month = 0; month < HORIZON_MONTHS + 24; month++) {
          expect(p.items.filter((m) => m.startMonth <= month && month < m.endMonth).length).toBeLessThanOrEqual(p.capacity.concurrent);
        }
        for (const m of p.items) {
          expect(m.startMonth).toBeLessThan(HORIZON_MONTHS);
          expect(m.endMonth - m.startMonth).toBe(plannedMonths(byId(m.measureId)));
        }
      }),
      { numRuns: 80 },
    );
  });

  it("a measure never starts before its prerequisites in the plan have ended (property)", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        const p = plan(sets(c), c.profile);
        for (const m of p.items) {
          for (const pre of m.prerequisites) {
            const q = p.items.find((x) => x.measureId === pre);
            if (q) expect(m.startMonth).toBeGreaterThanOrEqual(q.endMonth);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("what does not fit is 'later / optional' with the reason capacity", () => {
    const p = plan([{ q: readinessQ, answers: allAt(readinessQ, 0) }], { sizeBand: "1-9", itCapacity: "none", network: ["none"], systems: [] });
    expect(p.capacity.concurrent).toBe(1);
    expect(p.items.length).toBeLessThanOrEqual(3);
    expect(p.deferred.filter((d) => d.reason === "capacity").length).toBeGreaterThan(10);
  });
});

describe("honest quadrants and effort", () => {
  it("quick win = low effort, high benefit and shorter than 12 months", () => {
    expect([quadrantOf(3, 3.5), quadrantOf(4, 3.5), quadrantOf(3, 3.4), quadrantOf(3.5, 1)]).toEqual(["quick-win", "strategic", "fill-in", "later"]);
    expect(quadrantOf(1, 5, 12)).toBe("strategic");
    expect(quadrantOf(1, 5, 11)).toBe("quick-win");
  });

  it("no measure of 12 or more months is a quick win, with or without the user's effort/benefit changes (property)", () => {
    const long = catalogue.measures.filter((m) => m.durationMonths.max >= 12).map((m) => m.id);
    expect(long).toContain("erp");
    fc.assert(
      fc.property(companyArb, fc.array(fc.record({ measureId: fc.constantFrom(...long), effort: fc.integer({ min: 1, max: 5 }), benefit: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }), (c, overrides) => {
        const p = plan(sets(c), c.profile, overrides);
        for (const m of p.items) if (long.includes(m.measureId)) expect(m.quadrant).not.toBe("quick-win");
      }),
      { numRuns: 60 },
    );
  });

  it("effort depends on the starting point: no project routines make team measures harder, established ones easier; a group makes it easier", () => {
    const weak = allAt(readinessQ, 0);
    const ctx = companyContext({ sizeBand: "10-49", itCapacity: "part-time", network: ["none"] }, null);
    const team = byId("interdisciplinary_cooperation"); // needs a standing team, base effort 2
    expect(team.needsTeam).toBe(true);
    const none = scoreMeasure(team, inputsOf([{ q: readinessQ, answers: weak }]), ctx);
    expect(none.effortRules.map((r) => r.kind)).toContain("no-routines");
    expect(none.effort).toBe(3);
    const routines = { ...weak, org_central_team: 4, org_regular_meetings: 4, org_project_management: 4 };
    const est = scoreMeasure(team, inputsOf([{ q: readinessQ, answers: routines }]), ctx);
    expect(est.effortRules.map((r) => r.kind)).toContain("routines");
    expect(est.effort).toBe(1);
    // a measure that does not need a standing team is not affected by routines; a group lowers its effort
    const tablets = scoreMeasure(byId("tablets_capture"), inputsOf([{ q: readinessQ, answers: weak }]), ctx);
    expect(tablets.effortRules.map((r) => r.kind)).not.toContain("no-routines");
    const group = scoreMeasure(byId("tablets_capture"), inputsOf([{ q: readinessQ, answers: weak }]), companyContext({ sizeBand: "10-49", itCapacity: "part-time", network: ["group"] }, null));
    expect(group.effort).toBe(tablets.effort - 1);
    expect(group.effortRules.some((r) => r.kind === "context" && r.field === "network")).toBe(true);
  });

  it("benefit and effort stay within 1-5; a bigger gap never lowers the benefit (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalogue.measures.filter((m) => m.addresses.some((a) => readinessQ.scoring!.items.some((i) => i.id === a)))), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (m, x, y) => {
        const item = m.addresses.find((a) => readinessQ.scoring!.items.some((i) => i.id === a))!;
        const base = allAt(readinessQ, 2);
        const ctx = companyContext(null, "10-49");
        const hi = scoreMeasure(m, inputsOf([{ q: readinessQ, answers: { ...base, [item]: Math.max(x, y) } }]), ctx);
        const lo = scoreMeasure(m, inputsOf([{ q: readinessQ, answers: { ...base, [item]: Math.min(x, y) } }]), ctx);
        expect(lo.benefit).toBeGreaterThanOrEqual(hi.benefit);
        for (const e of [hi, lo]) for (const v of [e.benefit, e.effort]) expect(v >= 1 && v <= 5).toBe(true);
      }),
    );
  });
});

describe("overrides and old catalogues", () => {
  const weak = () => allAt(readinessQ, 0);
  it("applies the user's changes on top; a phase change moves the start to that phase", () => {
    const base = plan([{ q: readinessQ, answers: weak() }]);
    const first = base.items[0];
    const p = plan([{ q: readinessQ, answers: weak() }], undefined, [{ measureId: first.measureId, effort: 1, benefit: 5, phase: "12-24", status: "in_progress", ownerRole: "Chefin", dueDate: new Date("2027-05-01") }]);
    const m = p.items.find((x) => x.measureId === first.measureId)!;
    expect(m).toMatchObject({ finalEffort: 1, finalBenefit: 5, phase: "12-24", computedPhase: "0-3", startMonth: 12, status: "in_progress", ownerRole: "Chefin", kept: false });
    expect(m.reviewDate.toISOString().slice(0, 10)).toBe("2027-05-01");
    expect(m.overridden).toEqual({ effort: true, benefit: true, phase: true, ownerRole: true, dueDate: true });
  });

  it("an override of a measure the answers no longer call for stays visible, marked as kept", () => {
    const strong = allAt(readinessQ, 4);
    const p = plan([{ q: readinessQ, answers: strong }], undefined, [{ measureId: "erp", status: "in_progress", phase: "3-12" }, { measureId: "network" }]);
    expect(p.items.map((i) => [i.measureId, i.kept, i.phase, i.status])).toEqual([["erp", true, "3-12", "in_progress"]]);
    expect(p.items[0].triggeredBy).toEqual([]);
    expect(p.deferred.map((d) => d.measureId)).not.toContain("erp");
    expect(p.deferred.map((d) => d.measureId)).toContain("network"); // an empty override is no change
  });

  it("a measure the user put into the plan (\"In den Plan aufnehmen\") is in the plan, also when the answers do not call for it or the plan is full", () => {
    const strong = allAt(readinessQ, 4);
    const p = plan([{ q: readinessQ, answers: strong }], undefined, [{ measureId: "network", status: "open", chosen: true }]);
    expect(p.items.map((i) => [i.measureId, i.kept, i.phase, i.status])).toEqual([["network", true, "3-12", "open"]]);
    expect(p.deferred.map((d) => d.measureId)).not.toContain("network");
    // gaps everywhere: the capacity defers some; a chosen one of those is in the plan all the same
    const full = plan([{ q: readinessQ, answers: allAt(readinessQ, 0) }]);
    const waiting = full.deferred.find((d) => d.reason === "capacity")!;
    expect(waiting).toBeDefined();
    const chosen = plan([{ q: readinessQ, answers: allAt(readinessQ, 0) }], undefined, [{ measureId: waiting.measureId, chosen: true }]);
    expect(chosen.items.map((i) => i.measureId)).toContain(waiting.measureId);
    expect(chosen.deferred.map((d) => d.measureId)).not.toContain(waiting.measureId);
  });

  it("catalogue 1.0.0 (no item links) plans with the items of the dimensions its measures mainly improve", () => {
    const a = allAt(readinessQ, 4);
    for (const i of readinessQ.scoring!.items.filter((x) => x.dimension === "data")) a[i.id] = 0;
    const p = plan([{ q: readinessQ, answers: a }], undefined, [], oldCatalogue.measures);
    const ids = p.items.map((i) => i.measureId);
    expect(ids).toContain("tablets_capture");
    expect(ids).not.toContain("erp");
    for (const m of p.items) expect(m.triggeredBy.every((id) => id.startsWith("data_"))).toBe(true);
  });
});
