import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mean, round1 } from "./numbers";

describe("mean", () => {
  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 1 / 3, 2 / 3, 0.1)).map(([n, f]) => n + f), { minLength: 1, maxLength: 12 }), (xs) => {
        const shuffled = [...xs].reverse();
        expect(round1(mean(shuffled))).toBe(round1(mean(xs)));
        expect(mean(shuffled)).toBe(mean(xs));
      }),
    );
  });
  it("is the arithmetic mean and refuses no values", () => {
    expect(mean([50, 100, 75])).toBe(75);
    expect(() => mean([])).toThrow();
  });
});
