import { describe, it, expect } from "vitest";
import { buildCompanyView, type CompanyView } from "./company-view";
import { namedCompanies, type NamedCompany } from "../testing/named-companies";
import { cycleQ, profileQ, readinessQ, registry, submitted, testLabels, trustQ } from "../testing/company-fixtures";

/** The three named companies' pictures, as the dashboard and the PDF show them (catalogue 1.1.0). */
export function namedView(c: NamedCompany, locale: "de" | "en" = "de"): CompanyView {
  const as = [submitted(readinessQ, c.readiness)];
  if (c.trustSelf) as.push(submitted(trustQ, c.trustSelf));
  if (c.trustPartner) as.push(submitted(trustQ, c.trustPartner, { perspective: "partner", respondentId: "partner", respondentName: "Partner" }));
  if (c.cycle) as.push(submitted(cycleQ, c.cycle));
  return buildCompanyView({
    locale,
    now: new Date("2026-12-01T08:00:00Z"),
    company: { id: c.slug, name: c.name, sizeBand: c.sizeBand, profile: { sizeBand: c.sizeBand, ...c.profile } },
    questionnaire: (k, v) => registry.get(k, v),
    profileQuestionnaire: profileQ,
    catalogue: registry.catalogue("1.1.0"),
    assessments: as,
    overrides: [],
    labels: testLabels,
  });
}
const [shop, workshop, producer] = namedCompanies;
const items = (v: CompanyView) => v.roadmap.flatMap((p) => p.items);
const ids = (v: CompanyView) => items(v).map((i) => i.measureId);
const reason = (v: CompanyView, id: string) => v.deferred.find((d) => d.measureId === id)?.reason;
const runningAt = (v: CompanyView, month: number) => items(v).filter((i) => i.startMonth <= month && month < i.endMonth).length;

describe("named company cases", () => {
  it("3-person shop in a group: two measures at a time (1 for its size + 1 for the group), six in all, data capture among the first", () => {
    const v = namedView(shop);
    expect(v.capacity).toEqual({ concurrent: 2, maxRecommended: 6 });
    expect(items(v)).toHaveLength(6);
    for (let m = 0; m < 24; m++) expect(runningAt(v, m)).toBeLessThanOrEqual(2);
    expect(ids(v).slice(0, 3)).toContain("tablets_capture");
    const tablets = items(v).find((i) => i.measureId === "tablets_capture")!;
    expect(tablets.triggeredBy.map((t) => t.itemId)).toEqual(["data_machine_capture", "data_no_double_entry", "proc_digital_documents"]);
    // the group's ERP is in use (75): no ERP project, but a light order board for the weak order status;
    // organisation rated unimportant: no team measure; data services not applicable; trust not answered
    expect(reason(v, "erp")).toBe("in-place");
    expect(ids(v)).toContain("order_tracking");
    expect(reason(v, "central_team")).toBe("low-relevance");
    expect(reason(v, "data_based_services")).toBe("not-applicable");
    expect(reason(v, "commitment_tracking")).toBe("not-answered");
    expect(v.cycle).toBeNull();
  });

  it("12-person workshop with part-time IT: two at a time; its cooperation's current step and a weak trust pillar each get a measure; ERP answered as a strength is not recommended", () => {
    const v = namedView(workshop);
    expect(v.capacity.concurrent).toBe(2);
    for (let m = 0; m < 24; m++) expect(runningAt(v, m)).toBeLessThanOrEqual(2);
    expect(v.cycle?.currentStep?.id).toBe("structures");
    expect(ids(v)).toContain("cooperation_agreement");
    expect(ids(v)).toContain("data_protection_basics");
    expect(reason(v, "erp")).toBe("in-place");
    expect(reason(v, "joint_evaluation")).toBe("later-cycle-step");
    expect(reason(v, "data_based_services")).toBe("not-applicable");
    expect(reason(v, "know_how_protection")).toBe("low-relevance"); // sovereignty rated of low importance
    expect(reason(v, "reduce_dependencies")).toBe("in-place"); // its core (customer dependency) is answered 75
    expect(items(v).every((i) => i.quadrant !== "quick-win" || i.endMonth - i.startMonth < 12)).toBe(true);
  });

  it("120-person series producer with own IT: four at a time (3 for its size + 1 for own IT); the partner's doubts on integrity lead to a measure; ERP, MES and routines in place", () => {
    const v = namedView(producer);
    expect(v.capacity).toEqual({ concurrent: 4, maxRecommended: 12 });
    for (let m = 0; m < 24; m++) expect(runningAt(v, m)).toBeLessThanOrEqual(4);
    expect(items(v).length).toBeLessThanOrEqual(12);
    const integrity = items(v).find((i) => i.measureId === "commitment_tracking")!;
    expect(integrity.triggeredBy.map((t) => t.itemId)).toContain("integ_commitments");
    // the old partner-view answers (trust 1.0.0 "partner", answered by the company itself) are named as its view of the partner
    expect(integrity.triggeredBy[0].answer).toMatch(/Partner \(Einschätzung des Partners\): /);
    expect(v.cycle?.currentStep?.id).toBe("relationship");
    expect(ids(v)).toContain("collaboration_rhythm");
    for (const id of ["erp", "tablets_capture", "central_team", "project_routine"]) expect(reason(v, id)).toBe("in-place");
    const kpi = items(v).find((i) => i.measureId === "kpi_dashboard")!;
    expect(kpi.why).toContain("Projektroutine vorhanden"); // established routines lower the effort of a team measure
  });

  it("each reads in English too, with the same plan", () => {
    for (const c of namedCompanies) {
      const de = namedView(c, "de");
      const en = namedView(c, "en");
      expect(ids(en)).toEqual(ids(de));
      expect(items(en)[0].title).toBe(registry.catalogue("1.1.0")!.measures.find((m) => m.id === items(en)[0].measureId)!.title.en);
    }
  });
});
