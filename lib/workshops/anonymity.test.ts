import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decidePublication, MIN_K } from "./anonymity";

/** Runs a sequence of "company finished" / "company left" events through the rule, as the server does. */
function run(k: number, events: { id: string; leaves: boolean }[]) {
  const finished = new Set<string>();
  const states: string[][] = [];
  for (const e of events) {
    if (e.leaves) finished.delete(e.id);
    else finished.add(e.id);
    const d = decidePublication({ k, finished: [...finished], published: states.at(-1) ?? null });
    if (d.publish) states.push(d.companyIds);
  }
  return states;
}

const ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

describe("decidePublication", () => {
  it("publishes nothing below k distinct companies, then the first state at k", () => {
    expect(decidePublication({ k: 5, finished: ["a", "b", "c", "d"], published: null })).toEqual({ publish: false, reason: "belowK", missing: 1 });
    expect(decidePublication({ k: 5, finished: ["a", "b", "c", "d", "d"], published: null })).toMatchObject({ publish: false, reason: "belowK" });
    expect(decidePublication({ k: 5, finished: ["a", "b", "c", "d", "e"], published: null })).toEqual({ publish: true, companyIds: ["a", "b", "c", "d", "e"] });
  });

  it("waits for a second new company after a published state (the 6th alone changes nothing)", () => {
    const five = ["a", "b", "c", "d", "e"];
    expect(decidePublication({ k: 5, finished: [...five, "f"], published: five })).toEqual({ publish: false, reason: "waitingForMore", missing: 1 });
    expect(decidePublication({ k: 5, finished: [...five, "f", "g"], published: five })).toMatchObject({ publish: true });
    // one left and one came: still only one new company's contribution
    expect(decidePublication({ k: 5, finished: ["b", "c", "d", "e", "f"], published: five })).toMatchObject({ publish: false });
  });

  it("never goes below the minimum k", () => {
    expect(decidePublication({ k: 1, finished: ["a", "b"], published: null })).toMatchObject({ publish: false, reason: "belowK", missing: MIN_K - 2 });
  });

  it("exhaustively: no published state has fewer than k companies, and consecutive states never differ by exactly one company", () => {
    // every order of finishing for 8 companies with k = 3..6, plus random joins and leaves (fast-check)
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.record({ id: fc.constantFrom(...ids), leaves: fc.integer({ min: 0, max: 4 }).map((n) => n === 0) }), { maxLength: 40 }),
        (k, events) => {
          const states = run(k, events);
          for (const s of states) expect(s.length).toBeGreaterThanOrEqual(k);
          for (let i = 1; i < states.length; i++) {
            const prev = new Set(states[i - 1]);
            const next = new Set(states[i]);
            const diff = [...prev].filter((x) => !next.has(x)).length + [...next].filter((x) => !prev.has(x)).length;
            expect(diff).not.toBe(1);
            expect([...next].filter((x) => !prev.has(x)).length).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("all finishing orders of six companies: states at 5 then never at 6 alone", () => {
    const six = ids.slice(0, 6);
    const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    for (const order of perms(six)) {
      const states = run(5, order.map((id) => ({ id, leaves: false })));
      expect(states).toHaveLength(1);
      expect(states[0]).toHaveLength(5);
    }
  });
});
