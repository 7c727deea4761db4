import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { barBox, Timeline } from "./timeline";

const long = "Bereitschaft zur Kooperation entwickeln, auch mit Wettbewerbern";

describe("timeline", () => {
  it("a bar stays inside the 24-month track, also when the measure runs past month 24", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (a, d) => {
        const b = barBox(a, a + d);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.width).toBeGreaterThan(0);
        expect(b.left + b.width).toBeLessThanOrEqual(100.0001);
      }),
    );
    expect(barBox(12, 24)).toEqual({ left: 50, width: 50 });
  });

  it("shows every title whole on its own line above its bar (no label on or past a bar)", () => {
    const rows = [
      { measureId: "a", rank: 1, title: "Daten in der Fertigung digital erfassen", startMonth: 0, endMonth: 4, status: "open" as const },
      { measureId: "b", rank: 2, title: long, startMonth: 20, endMonth: 32, status: "in_progress" as const },
    ];
    const html = renderToStaticMarkup(<Timeline rows={rows} label="Zeitplan" monthsLabel="Monate" phaseLabels={[{ id: "0-3", start: 0, end: 3, label: "Sofort" }, { id: "3-12", start: 3, end: 12, label: "" }, { id: "12-24", start: 12, end: 24, label: "" }]} />);
    expect(html).toContain(`>${long}</span>`);
    expect(html).toContain("(20–32 Monate)");
    const bars = [...html.matchAll(/style="left:([\d.]+)%;width:([\d.]+)%"[^>]*data-bar/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(bars.map(([l, w]) => [Math.round(l * 10) / 10, Math.round(w * 10) / 10])).toEqual([[0, 16.7], [83.3, 16.7]]);
    expect(html).not.toContain("<svg");
  });
});
