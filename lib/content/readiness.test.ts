import { describe, it, expect } from "vitest";
import { CORE_READINESS, FULL_READINESS, readinessKeyOf } from "./readiness";
import { buildCompanyView, type CompanyViewInput } from "../report/company-view";
import { answersFor, profileQ, readinessQ, registry, submitted, testLabels } from "../testing/company-fixtures";

const core = registry.latest(CORE_READINESS)!;
const catalogue = registry.catalogue()!;

const base = (over: Partial<CompanyViewInput> = {}): CompanyViewInput => ({
  locale: "de",
  now: new Date("2026-12-01T08:00:00Z"),
  company: { id: "c1", name: "Dreherei Muster", sizeBand: "10-49", profile: { sizeBand: "10-49", itCapacity: "part-time", systems: ["none"], network: ["none"] } },
  questionnaire: (k, v) => registry.get(k, v),
  profileQuestionnaire: profileQ,
  catalogue,
  assessments: [],
  overrides: [],
  labels: testLabels,
  ...over,
});

describe("the core check (digital-readiness-core)", () => {
  it("is a ten-minute scored questionnaire with the seven dimensions of digital readiness and items taken over unchanged", () => {
    expect(core).toMatchObject({ key: CORE_READINESS, version: "1.0.0", kind: "scored", estimatedMinutes: 10 });
    expect(core.scoring!.dimensions.map((d) => d.id)).toEqual(readinessQ.scoring!.dimensions.map((d) => d.id));
    expect(core.scoring!.relevance).toEqual([]);
    const full = new Map(readinessQ.scoring!.items.map((i) => [i.id, i]));
    for (const d of core.scoring!.dimensions) expect(core.scoring!.items.filter((i) => i.dimension === d.id).length, d.id).toBe(2);
    for (const i of core.scoring!.items) expect(full.get(i.id), i.id).toEqual(i); // same id, dimension, scale and weight
    // same wording as in the full check (content README rule 2: the id stays only when the meaning does)
    const titles = (q: typeof core) => new Map(q.survey.pages.flatMap((p) => (p.elements as unknown as { name: string; title: unknown }[]).map((e) => [e.name, e.title])));
    const fullTitles = titles(readinessQ);
    for (const [name, title] of titles(core)) expect(title, name).toEqual(fullTitles.get(name));
    expect(core.scoring!.scales).toEqual(readinessQ.scoring!.scales);
  });

  it("the newest catalogue addresses every core item with a measure that improves the core check", () => {
    for (const i of core.scoring!.items) {
      const ms = catalogue.measures.filter((m) => m.addresses.includes(i.id) && m.improves.some((x) => x.questionnaire === CORE_READINESS));
      expect(ms.length, i.id).toBeGreaterThan(0);
    }
  });

  it("scores, and a weak core-check answer gets a plan whose measures name the answers that called for them", () => {
    const a = submitted(core, answersFor(core, { strategy: 3, data: 0, processes: 4, skills: 3, organisation: 3, cooperation: 4, sovereignty: 3 }));
    expect(a.scores.dimensions.find((d) => d.id === "data")!.score).toBe(0);
    const v = buildCompanyView(base({ assessments: [a] }));
    expect(v.readiness).toMatchObject({ key: CORE_READINESS, version: "1.0.0", respondents: 1 });
    expect(v.planStatus).toBe("ok");
    const items = v.roadmap.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(0);
    const dataItems = core.scoring!.items.filter((i) => i.dimension === "data").map((i) => i.id);
    const forData = items.filter((i) => i.triggeredBy.some((t) => t.questionnaire === CORE_READINESS && dataItems.includes(t.itemId)));
    expect(forData.length).toBeGreaterThan(0);
    // every recommendation names answers of the core check, none of the items it does not ask
    for (const i of items) for (const t of i.triggeredBy) expect(core.scoring!.items.map((x) => x.id), `${i.measureId} ${t.itemId}`).toContain(t.itemId);
    expect(v.readiness!.gaps[0]).toMatchObject({ dimensionId: "data" });
    expect(v.readiness!.gaps[0].measures.length).toBeGreaterThan(0);
  });

  it("the picture is built from the readiness check submitted last, never from both mixed", () => {
    const full = submitted(readinessQ, answersFor(readinessQ, { strategy: 4, data: 4, processes: 4, skills: 4, organisation: 4, cooperation: 4, sovereignty: 4 }), { submittedAt: new Date("2026-06-01T10:00:00Z") });
    const short = submitted(core, answersFor(core, { strategy: 0, data: 0, processes: 0, skills: 0, organisation: 0, cooperation: 0, sovereignty: 0 }), { submittedAt: new Date("2026-11-01T10:00:00Z") });
    expect(readinessKeyOf([full, short])).toBe(CORE_READINESS);
    expect(readinessKeyOf([full])).toBe(FULL_READINESS);
    expect(readinessKeyOf([])).toBe(FULL_READINESS);
    expect(readinessKeyOf([{ ...short, submittedAt: full.submittedAt }, full])).toBe(FULL_READINESS);
    expect(buildCompanyView(base({ assessments: [full, short] })).readiness).toMatchObject({ key: CORE_READINESS, overall: 0 });
    expect(buildCompanyView(base({ assessments: [{ ...full, submittedAt: new Date("2026-11-20T10:00:00Z") }, short] })).readiness).toMatchObject({ key: FULL_READINESS, overall: 100 });
  });
});

describe("the landing page's time figures", () => {
  it("leave the core check out of 'all parts together' (it is a short alternative, not one more part)", async () => {
    const { timeEstimate } = await import("./time-estimate");
    const t = timeEstimate(registry.current());
    expect(t).toMatchObject({ coreKey: FULL_READINESS, coreMinutes: 30, count: 4, totalMinutes: 65 });
  });
});
