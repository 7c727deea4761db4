import { describe, it, expect } from "vitest";
import { contentRegistry } from "../content";
import { questionnaireSchema } from "../content/schema";
import { compareItems } from "./compare";

const reg = contentRegistry();
const v010 = reg.get("digital-readiness", "0.1.0")!;
const v100 = reg.get("digital-readiness", "1.0.0")!;

describe("compareItems (re-assessment on a newer version, matched by stable item id)", () => {
  it("lists the items both versions share, with both answers and the change in points", () => {
    const r = compareItems(
      v010,
      { data_machine_capture: 1, data_no_double_entry: "na", data_interfaces: 2, proc_erp: 0 },
      v100,
      { data_machine_capture: 3, data_no_double_entry: 2, data_interfaces: 2, strat_data_services: 4 },
    );
    const shared = v010.scoring!.items.map((i) => i.id);
    expect(r.common.map((c) => c.id).sort()).toEqual([...shared].sort());
    const byId = Object.fromEntries(r.common.map((c) => [c.id, c]));
    expect(byId.data_machine_capture).toMatchObject({ dimension: "data", old: { value: 1, points: 25 }, new: { value: 3, points: 75 }, delta: 50 });
    expect(byId.data_no_double_entry).toMatchObject({ old: { value: "na", points: null, notApplicable: true }, new: { points: 50 }, delta: null });
    expect(byId.data_interfaces.delta).toBe(0);
    // answered before, not (yet) now
    expect(byId.proc_erp).toMatchObject({ old: { points: 0 }, new: { value: null, points: null, notApplicable: false }, delta: null });
    // questions only the new version asks are listed separately, never mixed into the comparison
    expect(r.onlyNew).toContain("strat_data_services");
    expect(r.onlyNew).toHaveLength(v100.scoring!.items.length - shared.length);
    expect(r.onlyOld).toEqual([]);
  });

  it("lists items that a newer version dropped, and keeps the order of the newer version", () => {
    const shrunk = questionnaireSchema.parse({
      ...v100,
      version: "2.0.0",
      survey: { pages: v100.survey.pages.slice(1) },
      scoring: { ...v100.scoring, items: v100.scoring!.items.filter((i) => i.dimension !== "strategy") },
    });
    const r = compareItems(v100, {}, shrunk, {});
    expect(r.onlyOld).toEqual(v100.scoring!.items.filter((i) => i.dimension === "strategy").map((i) => i.id));
    expect(r.common.map((c) => c.id)).toEqual(shrunk.scoring!.items.map((i) => i.id));
    expect(r.common.every((c) => c.delta === null && c.old.value === null)).toBe(true);
  });

  it("values each side with its own version's scale", () => {
    const rescaled = questionnaireSchema.parse({
      ...v100,
      version: "3.0.0",
      scoring: {
        ...v100.scoring,
        scales: { ...v100.scoring!.scales, status5: { ...v100.scoring!.scales.status5, choices: v100.scoring!.scales.status5.choices.map((c) => ({ ...c, points: c.value === 2 ? 40 : c.points })) } },
      },
    });
    const r = compareItems(v100, { proc_erp: 2 }, rescaled, { proc_erp: 2 });
    expect(r.common.find((c) => c.id === "proc_erp")).toMatchObject({ old: { points: 50 }, new: { points: 40 }, delta: -10 });
  });

  it("refuses to compare different questionnaires", () => {
    expect(() => compareItems(v100, {}, reg.latest("trust")!, {})).toThrow(/cannot compare/);
  });
});
