import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { placeLabel, Timeline } from "./timeline";

const long = "Bereitschaft zur Kooperation entwickeln, auch mit Wettbewerbern";

describe("timeline labels", () => {
  it("puts a label right of the bar's start when it fits", () => {
    expect(placeLabel("Daten erfassen", 100, 26, 636)).toEqual({ x: 105, anchor: "start", text: "Daten erfassen" });
  });

  it("puts a late measure's long label left of its start instead of past the chart's edge", () => {
    const l = placeLabel(long, 500, 26, 636);
    expect(l.anchor).toBe("end");
    expect(l.x).toBe(496);
    expect(l.text).toBe(long); // 64 characters fit into the 470 px left of it
  });

  it("shortens a label with … to the room of the larger side", () => {
    const l = placeLabel(long, 340, 26, 636); // 291 px to the right, 310 px to the left: neither fits 64 characters
    expect(l.anchor).toBe("end");
    expect(l.text.endsWith("…")).toBe(true);
    expect(l.text.length * 6).toBeLessThanOrEqual(340 - 4 - 26);
    expect(l.text.startsWith("Bereitschaft zur Kooperation")).toBe(true);
  });

  it("draws no label beyond the chart's width (rendered SVG)", () => {
    const rows = [
      { measureId: "a", rank: 1, title: "Daten in der Fertigung digital erfassen", startMonth: 0, endMonth: 3, status: "open" as const },
      { measureId: "b", rank: 2, title: long, startMonth: 12, endMonth: 14, status: "in_progress" as const },
      { measureId: "c", rank: 3, title: long, startMonth: 16, endMonth: 20, status: "open" as const },
    ];
    const svg = renderToStaticMarkup(<Timeline rows={rows} label="Zeitplan" monthsLabel="Monate" phaseLabels={[{ id: "0-3", start: 0, end: 3, label: "Sofort" }]} />);
    const labels = [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="10"[^>]*font-weight="600"(?: text-anchor="(start|end)")?[^>]*>([^<]*)</g)].map((m) => ({ x: Number(m[1]), anchor: m[2], text: m[3] }));
    expect(labels).toHaveLength(3);
    // month 12 (x 330): more room to the right, shortened; month 16 (x 431): whole, left of the bar
    expect(labels[1]).toMatchObject({ anchor: "start" });
    expect(labels[1].text.endsWith("…")).toBe(true);
    expect(labels[2]).toMatchObject({ anchor: "end", text: long });
    for (const l of labels.filter((l) => l.anchor === "start")) expect(l.x + l.text.length * 6).toBeLessThanOrEqual(640);
  });
});
