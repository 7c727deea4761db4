import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreAnswers } from "../scoring/score";
import { buildPlan, PHASES, type PlanOverride } from "./roadmap";
import { scoreMeasure, quadrantOf } from "./matrix";
import { companyContext } from "./context";
import { answersFor, catalogue, readinessQ } from "../testing/company-fixtures";

const start = new Date("2026-03-01T00:00:00Z");
const cases = {
  "5-person job shop (1-9, no IT staff, no ERP, no network)": {
    levels: { strategy: 1, data: 0, processes: 1, skills: 2, organisation: 1, cooperation: 1, sovereignty: 1 },
    rel: { data: 3, processes: 3, strategy: 2, skills: 2, organisation: 1, cooperation: 1, sovereignty: 1 },
    profile: { sizeBand: "1-9", itCapacity: "none", productionType: "single", systems: ["none"], network: ["none"] },
    first: ["tablets_capture", "digital_mindset", "central_team"],
  },
  "60-person series producer in a cluster": {
    levels: { strategy: 2, data: 2, processes: 2, skills: 1, organisation: 2, cooperation: 1, sovereignty: 1 },
    rel: { data: 2, processes: 2, strategy: 2, skills: 3, organisation: 2, cooperation: 3, sovereignty: 2 },
    profile: { sizeBand: "50-249", itCapacity: "part-time", productionType: "series", systems: ["cad-cam", "machine-data"], network: ["cluster"] },
    first: ["qualification", "readiness_to_cooperate", "digital_mindset", "central_team", "coop_makers_suppliers"],
  },
  "200-person company with an ERP": {
    levels: { strategy: 2, data: 3, processes: 3, skills: 2, organisation: 3, cooperation: 2, sovereignty: 0 },
    rel: { data: 2, processes: 2, strategy: 3, skills: 2, organisation: 2, cooperation: 2, sovereignty: 3 },
    profile: { sizeBand: "50-249", itCapacity: "own-staff", productionType: "small-series", systems: ["erp", "mes"], network: ["none"] },
    first: ["data_sharing_agreements", "digital_mindset", "readiness_to_cooperate", "central_team"],
  },
};

function plan(c: (typeof cases)[keyof typeof cases], overrides: PlanOverride[] = []) {
  const s = scoreAnswers(readinessQ, answersFor(readinessQ, c.levels, c.rel));
  const dims = Object.fromEntries(s.dimensions.map((d) => [`digital-readiness:${d.id}`, { score: d.score, relevance: d.relevance, weakItems: [] }]));
  return buildPlan({ measures: catalogue.measures, dimensions: dims, context: companyContext(c.profile, null), overrides, start });
}

describe("named company cases", () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: the first measures come in the expected order`, () => {
      expect(plan(c).slice(0, c.first.length).map((p) => p.measureId)).toEqual(c.first);
    });
  }
  it("the job shop's ERP costs more (small, no IT staff) and the ERP company's ERP costs less", () => {
    const shop = plan(cases["5-person job shop (1-9, no IT staff, no ERP, no network)"]).find((p) => p.measureId === "erp")!;
    const erpCo = plan(cases["200-person company with an ERP"]).find((p) => p.measureId === "erp")!;
    expect(shop.finalEffort).toBe(5);
    expect(erpCo.finalEffort).toBe(3);
    expect(erpCo.why.rules.map((r) => r.field)).toContain("systems");
  });
  it("every recommendation says which dimensions led to it", () => {
    for (const p of plan(cases["60-person series producer in a cluster"])) expect(p.why.dimensions.length).toBeGreaterThan(0);
  });
});

describe("roadmap rules", () => {
  const c = cases["5-person job shop (1-9, no IT staff, no ERP, no network)"];
  it("never puts a measure before one of its prerequisites", () => {
    for (const cc of Object.values(cases)) {
      const p = plan(cc);
      const idx = (id: string) => p.findIndex((x) => x.measureId === id);
      const ph = (id: string) => PHASES.findIndex((x) => x.id === p[idx(id)].phase);
      for (const m of p) for (const pre of m.prerequisites) {
        expect(idx(pre)).toBeLessThan(idx(m.measureId));
        expect(ph(pre)).toBeLessThanOrEqual(ph(m.measureId));
        if (ph(pre) === 0) expect(ph(m.measureId)).toBeGreaterThan(0);
      }
    }
  });
  it("gives each step a review date = phase start + duration", () => {
    const p = plan(c);
    const tablets = p.find((x) => x.measureId === "tablets_capture")!;
    expect(tablets.phase).toBe("0-3");
    expect(tablets.reviewDate.toISOString().slice(0, 10)).toBe("2026-09-01"); // 0 + 6 months
    const erp = p.find((x) => x.measureId === "erp")!;
    expect(erp.phase).toBe("3-12");
    const months = 3 + catalogue.measures.find((m) => m.id === "erp")!.durationMonths.max;
    expect(erp.reviewDate.getTime()).toBe(Date.UTC(2026, 2 + months, 1));
    expect(erp.reviewDate.toISOString().slice(0, 10)).toBe("2027-12-01"); // 3 + 18 months
  });
  it("applies user overrides on top of the computation", () => {
    const p = plan(c, [{ measureId: "erp", effort: 2, benefit: 5, phase: "0-3", status: "in_progress", ownerRole: "Chefin", dueDate: new Date("2026-05-01") }]);
    const erp = p.find((x) => x.measureId === "erp")!;
    expect(erp).toMatchObject({ finalEffort: 2, finalBenefit: 5, effort: 5, quadrant: "quick-win", phase: "0-3", computedPhase: "3-12", status: "in_progress", ownerRole: "Chefin" });
    expect(erp.reviewDate.toISOString().slice(0, 10)).toBe("2026-05-01");
    expect(erp.overridden).toEqual({ effort: true, benefit: true, phase: true, ownerRole: true, dueDate: true });
    expect(erp.prerequisiteConflict).toBe(true); // its prerequisite central_team is in 0-3 as well
  });
  it("quadrants follow the documented thresholds", () => {
    expect([quadrantOf(3, 3.5), quadrantOf(4, 3.5), quadrantOf(3, 3.4), quadrantOf(3.5, 1)]).toEqual(["quick-win", "strategic", "fill-in", "later"]);
  });
});

describe("benefit and effort properties", () => {
  const measure = fc.constantFrom(...catalogue.measures);
  const score = fc.integer({ min: 0, max: 100 });
  it("stay within 1-5; a lower score (bigger gap) or higher relevance never lowers the benefit", () => {
    fc.assert(
      fc.property(measure, score, score, fc.constantFrom(1, 2, 3), (m, a, b, rel) => {
        const imp = m.improves[0];
        const key = `${imp.questionnaire}:${imp.dimension}`;
        const ctx = companyContext(null, "10-49");
        const hi = scoreMeasure(m, { [key]: { score: Math.max(a, b), relevance: rel, weakItems: [] } }, ctx);
        const lo = scoreMeasure(m, { [key]: { score: Math.min(a, b), relevance: rel, weakItems: [] } }, ctx);
        expect(lo.benefit).toBeGreaterThanOrEqual(hi.benefit);
        const moreRel = scoreMeasure(m, { [key]: { score: a, relevance: Math.min(3, rel + 1), weakItems: [] } }, ctx);
        expect(moreRel.benefit).toBeGreaterThanOrEqual(scoreMeasure(m, { [key]: { score: a, relevance: rel, weakItems: [] } }, ctx).benefit);
        for (const e of [hi, lo, moreRel]) {
          expect(e.benefit).toBeGreaterThanOrEqual(1);
          expect(e.benefit).toBeLessThanOrEqual(5);
          expect(e.effort).toBeGreaterThanOrEqual(1);
          expect(e.effort).toBeLessThanOrEqual(5);
        }
      }),
    );
  });
  it("without a scored dimension the base benefit stands; the profile falls back to Company.sizeBand", () => {
    const m = catalogue.measures.find((x) => x.id === "erp")!;
    const e = scoreMeasure(m, {}, companyContext(null, "1-9"));
    expect(e.benefit).toBe(m.baseBenefit);
    expect(e.effort).toBe(5);
    expect(e.why.rules.map((r) => r.field)).toEqual(["sizeBand"]);
  });
});
