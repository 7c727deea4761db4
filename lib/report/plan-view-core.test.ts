import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlanView, COMES_LATER } from "./plan-view";
import { parseCompanyExport } from "../export/schema";
import { scoreAnswers } from "../scoring/score";
import { CORE_READINESS } from "../content/readiness";
import { registry } from "../testing/company-fixtures";
import { planViewLabels } from "@/components/pdf/plan/text";

/** The example company, its readiness answered with the core check instead of the full one: the printed plan follows it. */
describe("plan view of a core-check company", () => {
  it("details every field with the core items and recommends measures from the core answers", () => {
    const raw = JSON.parse(readFileSync(path.join(process.cwd(), "examples", "export-example.json"), "utf8"));
    const core = registry.latest(CORE_READINESS)!;
    const answers = Object.fromEntries(core.scoring!.items.map((i) => [i.id, i.dimension === "data" || i.dimension === "processes" ? 0 : 3]));
    raw.assessments = [
      ...raw.assessments.filter((a: { questionnaireKey: string }) => a.questionnaireKey !== "digital-readiness"),
      { ...raw.assessments.find((a: { questionnaireKey: string }) => a.questionnaireKey === "digital-readiness"), id: "core0001", questionnaireKey: CORE_READINESS, contentVersion: "1.0.0", answers, snapshot: { scores: scoreAnswers(core, answers), scoringVersion: "1.1.0", contentVersion: "1.0.0", createdAt: "2026-10-12T15:20:00.000Z" } },
    ];
    raw.plan = []; // no plan changes yet: the newest catalogue (an old plan keeps its catalogue; 1.0.0 knows no core check)
    const exp = parseCompanyExport(raw);
    const view = buildPlanView(exp, registry, "de", new Date("2026-12-01T10:00:00Z"), planViewLabels("de"));
    expect(view.readiness).toMatchObject({ key: CORE_READINESS });
    expect(view.dimensionDetails).toHaveLength(7);
    for (const d of view.dimensionDetails) expect(d.findings, d.id).toHaveLength(2);
    const data = view.dimensionDetails.find((d) => d.id === "data")!;
    expect(data.findings.every((f) => f.kind === "gap")).toBe(true);
    expect(data.recommendations.length).toBeGreaterThan(0);
    const items = view.roadmap.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.triggeredBy.length, i.measureId).toBeGreaterThan(0);
    expect(items.some((i) => i.triggeredBy.some((t) => t.questionnaire === CORE_READINESS && t.itemId.startsWith("data_")))).toBe(true);
  });
});

describe("plan view: a field with gaps never reads \"keep up the level\"", () => {
  it("names the field's measures as the dashboard does, or the ones waiting under later/optional, or says the gaps wait", () => {
    const raw = JSON.parse(readFileSync(path.join(process.cwd(), "examples", "export-example.json"), "utf8"));
    const core = registry.latest(CORE_READINESS)!;
    // gaps everywhere: more measures are called for than the plan takes at once
    const answers = Object.fromEntries(core.scoring!.items.map((i) => [i.id, 0]));
    raw.assessments = [
      ...raw.assessments.filter((a: { questionnaireKey: string }) => a.questionnaireKey !== "digital-readiness"),
      { ...raw.assessments.find((a: { questionnaireKey: string }) => a.questionnaireKey === "digital-readiness"), id: "core0002", questionnaireKey: CORE_READINESS, contentVersion: "1.0.0", answers, snapshot: { scores: scoreAnswers(core, answers), scoringVersion: "1.1.0", contentVersion: "1.0.0", createdAt: "2026-10-12T15:20:00.000Z" } },
    ];
    raw.plan = [];
    const view = buildPlanView(parseCompanyExport(raw), registry, "de", new Date("2026-12-01T10:00:00Z"), planViewLabels("de"));
    const dimOf = (itemId: string) => core.scoring!.items.find((i) => i.id === itemId)?.dimension;
    const items = view.roadmap.flatMap((p) => p.items);
    expect(view.deferred.length).toBeGreaterThan(0);
    for (const d of view.dimensionDetails) {
      expect(d.hasGap, d.id).toBe(true);
      // each recommendation was called for by an answer of this very field (the PDF named measures the dashboard did not)
      for (const r of d.recommendations) expect(items.find((i) => i.measureId === r.measureId)!.triggeredBy.some((t) => dimOf(t.itemId) === d.id), `${d.id}: ${r.measureId}`).toBe(true);
      for (const m of d.deferred) {
        const waiting = view.deferred.find((x) => x.measureId === m.measureId)!;
        expect(waiting.answers.some((t) => dimOf(t.itemId) === d.id)).toBe(true);
        // only measures that come later are "planned, but later"; one set aside (in place, unimportant …) is not planned at all
        expect(COMES_LATER.has(waiting.reason), waiting.reason).toBe(true);
      }
      // the dashboard's "Empfohlen" for this field are among the PDF's
      const gap = view.readiness!.gaps.find((g) => g.dimensionId === d.id);
      for (const m of gap?.measures ?? []) expect(d.recommendations.map((r) => r.measureId), d.id).toContain(m.measureId);
    }
    expect(view.dimensionDetails.some((d) => !d.recommendations.length && d.deferred.length)).toBe(true);
  });
});
