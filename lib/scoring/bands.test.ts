import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { bandOf, bands } from "./bands";

describe("bandOf", () => {
  it.each([
    [0, "starting"],
    [24.9, "starting"],
    [25, "exploring"],
    [49.9, "exploring"],
    [50, "advancing"],
    [74.9, "advancing"],
    [75, "leading"],
    [100, "leading"],
  ] as const)("%s -> %s", (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it("bands are ordered and start at 0", () => {
    expect(bands[0].min).toBe(0);
    const mins = bands.map((b) => b.min);
    expect(mins).toEqual([...mins].sort((a, b) => a - b));
  });

  it("is monotone: a higher score never gets a lower band", () => {
    const rank = (s: number) => bands.findIndex((b) => b.id === bandOf(s));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(lo)).toBeLessThanOrEqual(rank(hi));
      }),
    );
  });

  it("every score in [0,100] falls into the band whose range contains it", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (s) => {
        const i = bands.findIndex((b) => b.id === bandOf(s));
        expect(s).toBeGreaterThanOrEqual(bands[i].min);
        if (i + 1 < bands.length) expect(s).toBeLessThan(bands[i + 1].min);
      }),
    );
  });
});
