import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreAnswers } from "./score";
import { trustPillars } from "./trust";
import { scoreCycle, CYCLE_DONE_THRESHOLD } from "./cycle";
import { aggregateRespondents, DISAGREEMENT_RANGE } from "./respondents";
import { answersFor, cycleQ, readinessQ, trustQ } from "../testing/company-fixtures";

const level = fc.constantFrom(0, 1, 2, 3, 4);
const drItems = readinessQ.scoring!.items.map((i) => i.id);
const drAnswers = fc.dictionary(fc.constantFrom(...drItems), fc.oneof(level, fc.constant("na")));

describe("trust pillars", () => {
  it("scores self and partner view per pillar and the gap partner − self", () => {
    const self = scoreAnswers(trustQ, answersFor(trustQ, { competence: 4, integrity: 3, benevolence: 2, technology: 1 }));
    const partner = scoreAnswers(trustQ, answersFor(trustQ, { competence: 2, integrity: 3, benevolence: 4, technology: 1 }));
    const p = trustPillars([self], [partner]);
    expect(p.map((x) => [x.id, x.self, x.partner, x.gap])).toEqual([
      ["competence", 100, 50, -50],
      ["integrity", 75, 75, 0],
      ["benevolence", 50, 100, 50],
      ["technology", 25, 25, 0],
    ]);
  });
  it("gives the same means whatever the order of the respondents (found by the property below, seed 18151520)", () => {
    const answers = [{ comp_problem_solving: 1, comp_organisation: 0, comp_limits: 2, comp_expertise: 2 }, { comp_expertise: 1, comp_organisation: 3, comp_limits: 0 }, { comp_expertise: 3 }, { comp_expertise: 1 }];
    const S = answers.map((a) => scoreAnswers(trustQ, a as never));
    expect(trustPillars([...S].reverse(), [])).toEqual(trustPillars(S, []));
  });
  it("gives the gap of the whole-number scores as shown, so the printed arithmetic adds up", () => {
    const self = [4, 3, 3].map((c) => scoreAnswers(trustQ, answersFor(trustQ, { competence: c })));
    const partner = [2, 1].map((c) => scoreAnswers(trustQ, answersFor(trustQ, { competence: c })));
    const [competence] = trustPillars(self, partner);
    expect([competence.self, competence.partner]).toEqual([83.3, 37.5]); // shown as 83 and 38
    expect(competence.gap).toBe(38 - 83); // not Math.round(37.5 - 83.3) = -46
  });
  it("has no partner values and no gap without a partner view", () => {
    const self = scoreAnswers(trustQ, answersFor(trustQ, { competence: 4 }));
    const p = trustPillars([self], []);
    expect(p[0]).toEqual({ id: "competence", self: 100, partner: null, gap: null });
    expect(p[1].self).toBeNull();
  });
  it("stays within −100..100 and is order-independent", () => {
    const t = fc.dictionary(fc.constantFrom(...trustQ.scoring!.items.map((i) => i.id)), level);
    fc.assert(
      fc.property(fc.array(t, { minLength: 1, maxLength: 4 }), fc.array(t, { minLength: 1, maxLength: 4 }), (s, p) => {
        const S = s.map((a) => scoreAnswers(trustQ, a));
        const P = p.map((a) => scoreAnswers(trustQ, a));
        const r = trustPillars(S, P);
        for (const x of r) if (x.gap !== null) expect(Math.abs(x.gap)).toBeLessThanOrEqual(100);
        expect(trustPillars([...S].reverse(), [...P].reverse())).toEqual(r);
      }),
    );
  });
});

describe("cooperation cycle", () => {
  it("counts yes as done and partly as half; the current step is the first below the threshold", () => {
    const r = scoreCycle(cycleQ, answersFor(cycleQ, { needs: "yes", partner: "partly", structures: "no", relationship: "yes", evaluation: "yes" }));
    expect(r.steps.map((s) => [s.id, s.completeness, s.done])).toEqual([
      ["needs", 100, true],
      ["partner", 50, false],
      ["structures", 0, false],
      ["relationship", 100, true],
      ["evaluation", 100, true],
    ]);
    expect(r.currentStep).toBe("partner");
    expect(r.steps[1].openItems).toHaveLength(6);
  });
  it("treats 'trifft nicht zu' as neutral and is done at exactly the threshold", () => {
    const a = answersFor(cycleQ, { needs: "yes", partner: "yes", structures: "yes", relationship: "yes", evaluation: "yes" });
    const items = cycleQ.scoring!.items.filter((i) => i.dimension === "needs").map((i) => i.id);
    // weights 1.5, 1.5, 1, 1, 1, 1: 4 yes + 1 partly + 1 no = (500 + 50) / 7 = 78.6 -> not done;
    // mark the "no" as n/a: 550 / 6 = 91.7 -> done
    a[items[4]] = "partly";
    a[items[5]] = "no";
    expect(scoreCycle(cycleQ, a).steps[0].completeness).toBe(78.6);
    expect(scoreCycle(cycleQ, a).currentStep).toBe("needs");
    a[items[5]] = "na";
    expect(scoreCycle(cycleQ, a).steps[0].completeness).toBe(91.7);
    expect(scoreCycle(cycleQ, a).currentStep).toBeNull();
    expect(CYCLE_DONE_THRESHOLD).toBe(80);
  });
  it("shows the same number per step as the result page (the dimension score), and a step with too little answered is not done", () => {
    const a = answersFor(cycleQ, { needs: "yes", partner: "partly", structures: "no", relationship: "yes", evaluation: "yes" });
    const partnerItems = cycleQ.scoring!.items.filter((i) => i.dimension === "partner").map((i) => i.id);
    a[partnerItems[0]] = "yes"; // weight 1.5: (150 + 5 × 50) / 6.5 = 61.5
    const scores = scoreAnswers(cycleQ, a);
    const r = scoreCycle(cycleQ, a);
    for (const s of r.steps) expect(s.completeness).toBe(scores.dimensions.find((d) => d.id === s.id)!.score);
    expect(r.steps[1].completeness).toBe(61.5);
    const sparse: Record<string, unknown> = { needs_business_field: "yes" };
    const s2 = scoreCycle(cycleQ, sparse);
    expect(s2.steps[0]).toMatchObject({ completeness: 100, done: false });
    expect(s2.currentStep).toBe("needs");
    const allNa = Object.fromEntries(cycleQ.scoring!.items.filter((i) => i.dimension === "needs").map((i) => [i.id, "na"]));
    expect(scoreCycle(cycleQ, { ...a, ...allNa }).steps[0]).toMatchObject({ completeness: null, done: true });
  });
  it("never leaves 0-100 and a better answer never lowers completeness", () => {
    const ids = cycleQ.scoring!.items.map((i) => i.id);
    const v = fc.constantFrom("yes", "partly", "no", "na");
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), v), fc.constantFrom(...ids), (a, id) => {
        const before = scoreCycle(cycleQ, { ...a, [id]: "partly" });
        const after = scoreCycle(cycleQ, { ...a, [id]: "yes" });
        before.steps.forEach((s, i) => {
          if (s.completeness !== null) {
            expect(s.completeness).toBeGreaterThanOrEqual(0);
            expect(s.completeness).toBeLessThanOrEqual(100);
            expect(after.steps[i].completeness!).toBeGreaterThanOrEqual(s.completeness);
          }
        });
      }),
    );
  });
});

describe("several respondents", () => {
  it("computes mean, min, max and spread per dimension and lists strong disagreement as discussion points", () => {
    const a = scoreAnswers(readinessQ, answersFor(readinessQ, { data: 4, processes: 2 }));
    const b = scoreAnswers(readinessQ, answersFor(readinessQ, { data: 1, processes: 2 }));
    const r = aggregateRespondents(readinessQ, [a, b]);
    const data = r.dimensions.find((d) => d.id === "data")!;
    expect(data).toMatchObject({ mean: 62.5, min: 25, max: 100, spread: 37.5, respondents: 2 });
    expect(r.dimensions.find((d) => d.id === "processes")).toMatchObject({ mean: 50, spread: 0 });
    expect(r.discussionPoints.map((p) => p.itemId).sort()).toEqual(readinessQ.scoring!.items.filter((i) => i.dimension === "data").map((i) => i.id).sort());
    expect(r.discussionPoints.every((p) => p.range >= DISAGREEMENT_RANGE)).toBe(true);
  });
  it("has no discussion points with one respondent", () => {
    expect(aggregateRespondents(readinessQ, [scoreAnswers(readinessQ, answersFor(readinessQ, { data: 4 }))]).discussionPoints).toEqual([]);
  });
  it("is independent of the order of respondents, bounded, and min ≤ mean ≤ max", () => {
    fc.assert(
      fc.property(fc.array(drAnswers, { minLength: 1, maxLength: 5 }), (list) => {
        const scores = list.map((a) => scoreAnswers(readinessQ, a));
        const r = aggregateRespondents(readinessQ, scores);
        expect(aggregateRespondents(readinessQ, [...scores].reverse())).toEqual(r);
        for (const d of r.dimensions) {
          if (d.mean === null) continue;
          expect(d.min!).toBeLessThanOrEqual(d.mean + 0.05);
          expect(d.mean).toBeLessThanOrEqual(d.max! + 0.05);
          expect(d.min!).toBeGreaterThanOrEqual(0);
          expect(d.max!).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
  it("adding a respondent who answers 'not applicable' everywhere changes nothing", () => {
    fc.assert(
      fc.property(fc.array(drAnswers, { minLength: 1, maxLength: 3 }), (list) => {
        const scores = list.map((a) => scoreAnswers(readinessQ, a));
        const na = scoreAnswers(readinessQ, Object.fromEntries(drItems.map((i) => [i, "na"])));
        expect(aggregateRespondents(readinessQ, [...scores, na]).dimensions).toEqual(aggregateRespondents(readinessQ, scores).dimensions);
      }),
    );
  });
});
