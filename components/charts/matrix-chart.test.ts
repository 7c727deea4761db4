import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layoutMarkers } from "./matrix-chart";

describe("matrix markers", () => {
  it("never hide each other, even when many measures share one effort/benefit (property)", () => {
    const point = fc.record({ effort: fc.integer({ min: 1, max: 5 }), benefit: fc.integer({ min: 10, max: 50 }).map((b) => b / 10) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 15 }), (points) => {
        const spots = layoutMarkers(points);
        for (let i = 0; i < spots.length; i++) for (let j = 0; j < i; j++) expect(Math.hypot(spots[i].cx - spots[j].cx, spots[i].cy - spots[j].cy)).toBeGreaterThanOrEqual(19);
      }),
    );
  });
  it("keeps a lone marker exactly at its place", () => {
    const [a, b] = layoutMarkers([{ effort: 1, benefit: 5 }, { effort: 5, benefit: 1 }]);
    expect(a).toEqual({ cx: 34, cy: 30 });
    expect(b.cx).toBeGreaterThan(a.cx);
  });
});
