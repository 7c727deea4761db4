import { describe, expect, it } from "vitest";
import { placeMarkers } from "./charts";

const gaps = (spots: { x: number; y: number }[], r: number[]) =>
  spots.flatMap((a, i) => spots.slice(i + 1).map((b, k) => Math.hypot(a.x - b.x, a.y - b.y) - r[i] - r[i + 1 + k]));

describe("matrix markers", () => {
  it("leaves a marker where it belongs when nothing is in the way", () => {
    expect(placeMarkers([{ x: 10, y: 10, r: 7 }, { x: 100, y: 10, r: 7 }])).toEqual([{ x: 10, y: 10 }, { x: 100, y: 10 }]);
  });

  it("moves later markers off earlier ones: equal and nearly equal points never overlap", () => {
    const wanted = [
      { x: 200, y: 100, r: 7 },
      { x: 200, y: 100, r: 7 }, // the same measure values
      { x: 201, y: 101, r: 7 }, // almost the same (markers 10 and 11 of the example touched)
      { x: 210, y: 95, r: 7 },
      { x: 205, y: 100, r: 3 }, // a small unranked dot
    ];
    const spots = placeMarkers(wanted);
    expect(spots[0]).toEqual({ x: 200, y: 100 }); // the most important keeps its place
    for (const g of gaps(spots, wanted.map((w) => w.r))) expect(g).toBeGreaterThanOrEqual(0.99);
    for (const [i, s] of spots.entries()) expect(Math.hypot(s.x - wanted[i].x, s.y - wanted[i].y)).toBeLessThanOrEqual(8 * 16);
  });
});
