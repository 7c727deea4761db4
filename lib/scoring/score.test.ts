import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { scoreAnswers, SCORING_VERSION } from "./score";
import { questionnaireSchema, type Questionnaire } from "../content/schema";
import { loadContent } from "../content/load";

const real: Questionnaire = questionnaireSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json"), "utf8")),
);
const DATA = ["data_machine_capture", "data_no_double_entry", "data_interfaces"];
const PROC = ["proc_erp", "proc_standard", "proc_single_source"];
const ITEMS = [...DATA, ...PROC];

const L = (s: string) => ({ de: s, en: s });
const status5 = {
  choices: [0, 1, 2, 3, 4].map((v) => ({ value: v, points: v * 25, text: L(String(v)) })),
  notApplicable: { value: "na", text: L("n/a") },
};

/** An inline scored questionnaire: items as [id, dimension, weight]; optional relevance questions per dimension. */
function build(dimIds: string[], items: Array<[string, string, number]>, relevance: Array<{ dimension: string; question: string }> = []): Questionnaire {
  return questionnaireSchema.parse({
    key: "inline",
    version: "2.3.4",
    publishedAt: "2025-01-01",
    kind: "scored",
    title: L("t"),
    description: L("d"),
    estimatedMinutes: 1,
    survey: {
      pages: [
        {
          name: "p",
          elements: [
            ...items.map(([id]) => ({ type: "radiogroup", name: id })),
            ...relevance.map((r) => ({ type: "radiogroup", name: r.question, choices: [1, 2, 3] })),
          ],
        },
      ],
    },
    scoring: {
      dimensions: dimIds.map((id) => ({ id, title: L(id), description: L(id) })),
      scales: { status5 },
      items: items.map(([id, dimension, weight]) => ({ id, dimension, scale: "status5", weight })),
      relevance,
    },
  });
}

const dim = (s: ReturnType<typeof scoreAnswers>, id: string) => s.dimensions.find((d) => d.id === id)!;

describe("scoreAnswers: hand-computed cases", () => {
  it("all answers at the top step -> 100 everywhere, band leading", () => {
    const s = scoreAnswers(real, Object.fromEntries(ITEMS.map((i) => [i, 4])));
    expect(s.dimensions.map((d) => d.score)).toEqual([100, 100]);
    expect(s.overall).toBe(100);
    expect(s.band).toBe("leading");
    expect(s.dimensions.every((d) => d.band === "leading" && d.answered === 3 && d.total === 3)).toBe(true);
    expect(Object.values(s.itemPoints)).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it("all answers at the lowest step -> 0, band starting (0 is a score, not 'nothing')", () => {
    const s = scoreAnswers(real, Object.fromEntries(ITEMS.map((i) => [i, 0])));
    expect(s.overall).toBe(0);
    expect(s.band).toBe("starting");
  });

  it("carries key, content version and scoring version", () => {
    const s = scoreAnswers(real, {});
    expect(s.questionnaireKey).toBe("digital-readiness");
    expect(s.contentVersion).toBe("0.1.0");
    expect(s.scoringVersion).toBe(SCORING_VERSION);
  });

  it("mixed answers with weights: weighted mean per dimension, rounded to one decimal", () => {
    const q = build(["a", "b", "c"], [["a1", "a", 1], ["a2", "a", 3], ["b1", "b", 2], ["b2", "b", 1], ["c1", "c", 5]]);
    // a: (100*1 + 25*3) / 4 = 43.75 -> 43.8 ; b: (50*2 + 0*1) / 3 = 33.33 -> 33.3 ; c: 50
    const s = scoreAnswers(q, { a1: 4, a2: 1, b1: 2, b2: 0, c1: 2 });
    expect(dim(s, "a").score).toBe(43.8);
    expect(dim(s, "b").score).toBe(33.3);
    expect(dim(s, "c").score).toBe(50);
    expect(s.dimensions.map((d) => d.band)).toEqual(["exploring", "exploring", "advancing"]);
    // overall = mean of the dimension scores: (43.8 + 33.3 + 50) / 3 = 42.37 -> 42.4
    expect(s.overall).toBe(42.4);
    expect(s.band).toBe("exploring");
    expect(s.itemPoints).toEqual({ a1: 100, a2: 25, b1: 50, b2: 0, c1: 50 });
  });

  it("a heavier item pulls the dimension score towards its answer", () => {
    const q = build(["a"], [["light", "a", 1], ["heavy", "a", 4]]);
    expect(scoreAnswers(q, { light: 0, heavy: 4 }).overall).toBe(80); // (0 + 400) / 5
    expect(scoreAnswers(q, { light: 4, heavy: 0 }).overall).toBe(20); // (100 + 0) / 5
  });

  it('leaves "na" out of the denominator and counts it', () => {
    // data: 100 and na -> 100 (not 50); processes: 50, 0, na -> 25
    const s = scoreAnswers(real, {
      data_machine_capture: 4,
      data_no_double_entry: "na",
      proc_erp: 2,
      proc_standard: 0,
      proc_single_source: "na",
    });
    expect(dim(s, "data")).toMatchObject({ score: 100, answered: 1, notApplicable: 1, total: 3, band: "leading" });
    expect(dim(s, "processes")).toMatchObject({ score: 25, answered: 2, notApplicable: 1, total: 3, band: "exploring" });
    expect(s.overall).toBe(62.5);
    expect(s.itemPoints).not.toHaveProperty("data_no_double_entry");
  });

  it("nothing answered -> null score and null band, overall null", () => {
    const s = scoreAnswers(real, {});
    expect(s.dimensions.every((d) => d.score === null && d.band === null && d.answered === 0)).toBe(true);
    expect(s.overall).toBeNull();
    expect(s.band).toBeNull();
    expect(s.itemPoints).toEqual({});
  });

  it('only "na" answers -> null score, like nothing answered', () => {
    const s = scoreAnswers(real, Object.fromEntries(ITEMS.map((i) => [i, "na"])));
    expect(s.dimensions.map((d) => [d.score, d.band, d.notApplicable])).toEqual([
      [null, null, 3],
      [null, null, 3],
    ]);
    expect(s.overall).toBeNull();
  });

  it("overall = mean of the scored dimensions only (an unanswered dimension does not count as 0)", () => {
    const s = scoreAnswers(real, { data_machine_capture: 3, data_interfaces: 1 }); // data = (75+25)/2 = 50
    expect(dim(s, "data").score).toBe(50);
    expect(dim(s, "processes").score).toBeNull();
    expect(s.overall).toBe(50);
    expect(s.band).toBe("advancing");
  });

  it("ignores answers to unknown questions, null answers and values outside the scale", () => {
    const s = scoreAnswers(real, { data_machine_capture: 4, data_interfaces: null, data_no_double_entry: 9, stray: 0 });
    expect(dim(s, "data")).toMatchObject({ score: 100, answered: 1 });
  });

  it("picks the relevance rating up from scoring.relevance when present", () => {
    const q = build(
      ["a", "b", "c"],
      [["a1", "a", 1], ["b1", "b", 1], ["c1", "c", 1]],
      [
        { dimension: "a", question: "rel_a" },
        { dimension: "b", question: "rel_b" },
      ],
    );
    const s = scoreAnswers(q, { a1: 2, b1: 2, c1: 2, rel_a: 3, rel_b: 1 });
    expect(dim(s, "a").relevance).toBe(3);
    expect(dim(s, "b").relevance).toBe(1);
    expect(dim(s, "c").relevance).toBeNull(); // no relevance question for c
    expect(scoreAnswers(q, { a1: 2 }).dimensions.map((d) => d.relevance)).toEqual([null, null, null]); // not answered
    expect(dim(scoreAnswers(q, { rel_a: 7 }), "a").relevance).toBeNull(); // out of range
    expect(dim(scoreAnswers(q, { rel_a: 0 }), "a").relevance).toBeNull();
    // relevance does not change the score itself
    expect(dim(s, "a").score).toBe(50);
  });

  it("digital-readiness 0.1.0 has no relevance questions: relevance is null everywhere", () => {
    expect(scoreAnswers(real, { proc_erp: 3 }).dimensions.every((d) => d.relevance === null)).toBe(true);
  });

  it("published questionnaires with relevance questions: each answer reaches its own dimension", () => {
    for (const q of loadContent().questionnaires.filter((x) => x.scoring?.relevance.length)) {
      const rel = q.scoring!.relevance;
      const answers = Object.fromEntries(rel.map((r, i) => [r.question, (i % 3) + 1]));
      const s = scoreAnswers(q, answers);
      rel.forEach((r, i) => expect(dim(s, r.dimension).relevance, `${q.key}@${q.version} ${r.dimension}`).toBe((i % 3) + 1));
      // relevance answers alone give no score
      expect(s.overall).toBeNull();
    }
  });

  it("throws for a questionnaire without scoring metadata", () => {
    const profile = questionnaireSchema.parse({ ...real, kind: "profile", scoring: undefined });
    expect(() => scoreAnswers(profile, {})).toThrow(/has no scoring metadata/);
  });
});

describe("scoreAnswers: properties", () => {
  const value = fc.constantFrom<number | string>(0, 1, 2, 3, 4, "na");
  const answersArb = fc.dictionary(fc.constantFrom(...ITEMS), value, { maxKeys: ITEMS.length });

  /** random questionnaires: 1-4 dimensions, 1-10 items with weights 0.1-10 */
  const questionnaireArb = fc
    .record({
      dims: fc.integer({ min: 1, max: 4 }),
      items: fc.array(fc.record({ d: fc.nat(), w: fc.double({ min: 0.1, max: 10, noNaN: true }) }), { minLength: 1, maxLength: 10 }),
    })
    .map(({ dims, items }) => {
      const dimIds = Array.from({ length: dims }, (_, i) => `d${i}`);
      const list = items.map(({ d, w }, i) => [`i${i}`, dimIds[d % dims], w] as [string, string, number]);
      return { q: build(dimIds, list), ids: list.map(([id]) => id) };
    });
  const withAnswers = questionnaireArb.chain(({ q, ids }) =>
    fc.record({ q: fc.constant(q), ids: fc.constant(ids), answers: fc.dictionary(fc.constantFrom(...ids), value) }),
  );

  it("every score is in [0,100] (or null), and the band matches the score", () => {
    fc.assert(
      fc.property(withAnswers, ({ q, answers }) => {
        const s = scoreAnswers(q, answers);
        for (const x of [...s.dimensions.map((d) => d.score), s.overall]) {
          if (x !== null) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
        expect(s.band === null).toBe(s.overall === null);
        for (const d of s.dimensions) {
          expect(d.band === null).toBe(d.score === null);
          expect(d.answered + d.notApplicable).toBeLessThanOrEqual(d.total);
        }
      }),
    );
  });

  it("overall is null exactly when no dimension has a score, else between the lowest and highest dimension", () => {
    fc.assert(
      fc.property(withAnswers, ({ q, answers }) => {
        const s = scoreAnswers(q, answers);
        const scored = s.dimensions.map((d) => d.score).filter((x): x is number => x !== null);
        if (!scored.length) expect(s.overall).toBeNull();
        else {
          expect(s.overall!).toBeGreaterThanOrEqual(Math.min(...scored) - 0.05);
          expect(s.overall!).toBeLessThanOrEqual(Math.max(...scored) + 0.05);
        }
      }),
    );
  });

  it("monotonicity: raising one answer never lowers its dimension score or the overall score", () => {
    const arb = withAnswers.chain(({ q, ids, answers }) =>
      fc.record({
        q: fc.constant(q),
        answers: fc.constant(answers),
        item: fc.constantFrom(...ids),
        lo: fc.integer({ min: 0, max: 4 }),
        up: fc.integer({ min: 0, max: 4 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ q, answers, item, lo, up }) => {
        const hi = Math.min(4, lo + up);
        const before = scoreAnswers(q, { ...answers, [item]: lo });
        const after = scoreAnswers(q, { ...answers, [item]: hi });
        const dimId = q.scoring!.items.find((i) => i.id === item)!.dimension;
        expect(dim(after, dimId).score!).toBeGreaterThanOrEqual(dim(before, dimId).score!);
        expect(after.overall!).toBeGreaterThanOrEqual(before.overall!);
        for (const d of after.dimensions) if (d.id !== dimId) expect(d.score).toBe(dim(before, d.id).score);
      }),
    );
  });

  it("monotonicity on the real questionnaire", () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ITEMS), fc.integer({ min: 0, max: 3 }), (answers, item, v) => {
        const before = scoreAnswers(real, { ...answers, [item]: v });
        const after = scoreAnswers(real, { ...answers, [item]: v + 1 });
        expect(after.overall!).toBeGreaterThanOrEqual(before.overall!);
      }),
    );
  });

  it('"not applicable" neutrality: turning an unanswered item into "na" changes no score', () => {
    const arb = withAnswers.chain(({ q, ids, answers }) => {
      const open = ids.filter((id) => !(id in answers));
      return fc.record({ q: fc.constant(q), answers: fc.constant(answers), open: fc.subarray(open) });
    });
    fc.assert(
      fc.property(arb, ({ q, answers, open }) => {
        const before = scoreAnswers(q, answers);
        const after = scoreAnswers(q, { ...answers, ...Object.fromEntries(open.map((id) => [id, "na"])) });
        expect(after.overall).toBe(before.overall);
        expect(after.band).toBe(before.band);
        expect(after.dimensions.map((d) => [d.score, d.band, d.answered])).toEqual(before.dimensions.map((d) => [d.score, d.band, d.answered]));
        expect(after.itemPoints).toEqual(before.itemPoints);
      }),
    );
  });

  it("weights scale-invariant: multiplying every weight by the same factor changes nothing", () => {
    fc.assert(
      fc.property(withAnswers, fc.integer({ min: 2, max: 5 }), ({ q, answers }, k) => {
        const scaled = build(
          q.scoring!.dimensions.map((d) => d.id),
          q.scoring!.items.map((i) => [i.id, i.dimension, i.weight * k] as [string, string, number]),
        );
        const a = scoreAnswers(q, answers);
        const b = scoreAnswers(scaled, answers);
        a.dimensions.forEach((d, i) => {
          if (d.score === null) expect(b.dimensions[i].score).toBeNull();
          else expect(b.dimensions[i].score!).toBeCloseTo(d.score, 0);
        });
      }),
    );
  });
});
