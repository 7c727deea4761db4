import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadContent } from "../content/load";
import { ContentRegistry } from "../content/registry";
import { scoreAnswers } from "../scoring/score";
import { checklistOf, cleanChecklist, mayAdvance, nextStep, openPoints, prefillNeeds, STEPS } from "./steps";
import { buildAgreementOutline, openSectionCount, OUTLINE_SECTIONS } from "./outline";
import { agreementSchema, profileSchema, readAgreement, readProfile, profileComplete, AGREEMENT_FIELDS } from "./schemas";
import { compareTrust, gapStatementId, otherItemId, suggestActions } from "./compare";
import type { TrustPillarId } from "../scoring/trust";

const registry = new ContentRegistry(loadContent(path.join(process.cwd(), "content")));
const cycleQ = registry.latest("cooperation-cycle")!;
const trustQ = registry.get("trust", "2.0.0")!;

describe("steps", () => {
  it("walks the five steps and starts the next cycle after the evaluation", () => {
    expect(STEPS).toEqual(["needs", "partner", "structures", "relationship", "evaluation"]);
    expect(nextStep("needs")).toEqual({ step: "partner", newCycle: false });
    expect(nextStep("evaluation")).toEqual({ step: "needs", newCycle: true });
  });

  it("takes each step's checklist from the cooperation-cycle content and keeps only its item ids", () => {
    const items = checklistOf(cycleQ, "partner", "de");
    expect(items.map((i) => i.id)).toContain("partner_profile");
    expect(items.every((i) => i.id.startsWith("partner_"))).toBe(true);
    expect(items[0].text).toMatch(/Anforderungsprofil/);
    expect(cleanChecklist(cycleQ, "partner", { partner_profile: true, needs_goals: true, bogus: true, partner_time: false })).toEqual({ partner_profile: true });
  });

  it("says what is still open before the next step", () => {
    const items = checklistOf(cycleQ, "evaluation", "de");
    const rec = { notes: "", decisions: "", responsible: "", dueDate: null, checklist: { [items[0].id]: true } };
    const open = openPoints(items, rec, "evaluation", { profileComplete: false, agreementOpenSections: 0, evaluated: false });
    expect(open.filter((o) => o.kind === "checklist")).toHaveLength(items.length - 1);
    expect(open.map((o) => o.kind)).toEqual(expect.arrayContaining(["responsible", "dueDate", "evaluation"]));
    expect(mayAdvance("evaluation", { profileComplete: false, agreementOpenSections: 0, evaluated: false })).toBe(false);
    expect(mayAdvance("structures", { profileComplete: false, agreementOpenSections: 3, evaluated: false })).toBe(true);
    const full = { notes: "", decisions: "", responsible: "Frau Kaya", dueDate: "2027-01-10", checklist: Object.fromEntries(items.map((i) => [i.id, true])) };
    expect(openPoints(items, full, "evaluation", { profileComplete: false, agreementOpenSections: 0, evaluated: true })).toEqual([]);
  });

  it("pre-fills the next needs step from the evaluation", () => {
    const r = prefillNeeds({ goalsReached: "Lieferzeit halbiert", profileFit: "passt", costBenefit: "lohnt sich", consequences: "Vertrag um Datenaustausch ergänzen", nextDate: null }, 1, {
      heading: "Aus der Bewertung von Runde {cycle}",
      goalsReached: "Ziele",
      profileFit: "Passung",
      costBenefit: "Aufwand und Nutzen",
      consequences: "Konsequenzen",
    });
    expect(r.notes).toBe("Aus der Bewertung von Runde 1\nZiele: Lieferzeit halbiert\nPassung: passt\nAufwand und Nutzen: lohnt sich");
    expect(r.decisions).toBe("Konsequenzen: Vertrag um Datenaustausch ergänzen");
  });
});

const labels = {
  sections: Object.fromEntries(OUTLINE_SECTIONS.map((s) => [s.id, `S:${s.id}`])),
  fields: Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, `F:${f}`])) as never,
  partiesLine: "{company} und {partner}",
  goalLine: "Ziel",
  weBring: "Wir bringen",
  partnerBrings: "Partner bringt",
};

describe("agreement outline", () => {
  it("has every section the issue names and flags the open ones", () => {
    const agreement = readAgreement({ purpose: "Gemeinsame Ersatzteilfertigung", sameGoal: "Ja, im Workshop geprüft", liability: "Jede Seite für ihren Teil" });
    const o = buildAgreementOutline({ companyName: "Muster GmbH", partnerName: "Titan AG", goal: "Lieferzeit senken", agreement, profile: readProfile({ weBring: "Fräsen" }), labels });
    expect(o.sections.map((s) => s.id)).toEqual(["parties", "purpose", "contributions", "tasks", "information", "thirdParties", "conflicts", "results", "liability", "duration"]);
    expect(o.sections[0]).toMatchObject({ open: false, lines: [{ text: "Muster GmbH und Titan AG" }] });
    expect(o.sections.find((s) => s.id === "purpose")!.open).toBe(false);
    expect(o.sections.find((s) => s.id === "liability")!.open).toBe(false);
    const contributions = o.sections.find((s) => s.id === "contributions")!;
    expect(contributions.open).toBe(true);
    expect(contributions.lines).toContainEqual({ label: "Wir bringen", text: "Fräsen" });
    expect(contributions.lines).toContainEqual({ label: "F:valuation", text: null });
    expect(o.openCount).toBe(7);
    expect(openSectionCount(agreement)).toBe(7);
  });

  it("reads broken stored JSON as empty instead of failing", () => {
    expect(readAgreement({ purpose: 5 }).purpose).toBe("");
    expect(readProfile("junk")).toEqual({ partnerBrings: "", weBring: "", mustHaves: [], niceToHaves: [] });
    expect(agreementSchema.safeParse({ nonsense: "x" }).success).toBe(false);
  });

  it("turns the profile's lines into lists", () => {
    const p = profileSchema.parse({ partnerBrings: "3D-Druck", weBring: "Konstruktion", mustHaves: "Titan\n\n ISO 9001 \n", niceToHaves: ["Nähe"] });
    expect(p.mustHaves).toEqual(["Titan", "ISO 9001"]);
    expect(profileComplete(p)).toBe(true);
    expect(profileComplete({ ...p, mustHaves: [] })).toBe(false);
  });
});

/** answers of trust 2.0.0: `self` for the "how we come across" block, `other` for "how we see the partner" */
function answers(self: number, other: number, overrides: Record<string, number> = {}) {
  const a: Record<string, unknown> = { partner_name: "x" };
  for (const i of trustQ.scoring!.items) a[i.id] = i.dimension.endsWith("_other") ? other : self;
  return { ...a, ...overrides };
}
const pillarOf = (id: string) => (trustQ.scoring!.items.find((i) => i.id === id)?.dimension ?? null) as TrustPillarId | null;
const itemsOf = (p: TrustPillarId) => trustQ.scoring!.items.filter((i) => i.dimension === p).map((i) => i.id);

describe("two-sided trust comparison", () => {
  it("names a gap with the reader's own statement about the reader, and with the statement about the other side otherwise", () => {
    const has = (id: string) => trustQ.scoring!.items.some((i) => i.id === id);
    expect(gapStatementId({ itemId: "comp_expertise", about: "us" }, "us", has)).toBe("comp_expertise"); // "Wir haben das Fachwissen …"
    expect(gapStatementId({ itemId: "comp_expertise", about: "partner" }, "us", has)).toBe("comp_other_expertise"); // "Unser Partner hat das Fachwissen …"
    // the partner reads the same comparison the other way round
    expect(gapStatementId({ itemId: "comp_expertise", about: "partner" }, "partner", has)).toBe("comp_expertise");
    expect(gapStatementId({ itemId: "comp_expertise", about: "us" }, "partner", has)).toBe("comp_other_expertise");
    // an item without a counterpart keeps its own text
    expect(gapStatementId({ itemId: "comp_expertise", about: "partner" }, "us", () => false)).toBe("comp_expertise");
  });
  it("pairs each self-block item with the other block's item about the same behaviour", () => {
    expect(otherItemId("comp_quality")).toBe("comp_other_quality");
    expect(otherItemId("tech_data_protection")).toBe("tech_other_data_protection");
    expect(otherItemId("comp_other_quality")).toBeNull();
    for (const i of trustQ.scoring!.items.filter((x) => !x.dimension.endsWith("_other"))) {
      expect(trustQ.scoring!.items.some((x) => x.id === otherItemId(i.id) && x.dimension === `${i.dimension}_other`), i.id).toBe(true);
    }
  });

  it("compares how we see ourselves with how the partner sees us, and the other way round", () => {
    // we think we are great (4 = 100) and see the partner as so-so (2 = 50); the partner sees itself at 75 and us at 25
    const us = scoreAnswers(trustQ, answers(4, 2));
    const partner = scoreAnswers(trustQ, answers(3, 1, { integ_other_commitments: 0 }));
    const c = compareTrust([us], [partner], pillarOf);
    const comp = c.pillars.find((p) => p.id === "competence")!;
    expect(comp).toEqual({ id: "competence", usSelf: 100, partnerViewOfUs: 25, gapUs: -75, partnerSelf: 75, usViewOfPartner: 50, gapPartner: -25 });
    expect(c.largestGaps[0]).toMatchObject({ itemId: "integ_commitments", about: "us", self: 100, view: 0, gap: -100 });
    expect(c.largestGaps).toHaveLength(5);
    expect(c.largestGaps.every((g) => g.about === "us")).toBe(true);
  });

  it("has no gap where one side did not answer", () => {
    const us = scoreAnswers(trustQ, answers(4, 2));
    const c = compareTrust([us], [scoreAnswers(trustQ, { partner_name: "x" })], pillarOf);
    expect(c.pillars.every((p) => p.gapUs === null && p.partnerViewOfUs === null)).toBe(true);
    expect(c.largestGaps).toEqual([]);
  });

  it("suggests measures for pillars where the partner sees us clearly worse, none where the views agree", () => {
    const us = scoreAnswers(trustQ, answers(4, 3));
    const partner = scoreAnswers(trustQ, { ...answers(3, 4), integ_other_commitments: 0, integ_other_honesty: 1 });
    const c = compareTrust([us], [partner], pillarOf);
    const s = suggestActions(c, registry.catalogue(), itemsOf);
    expect(s.map((x) => x.pillar)).toEqual(["integrity"]);
    expect(s[0].measureIds.length).toBeGreaterThan(0);
    const m = registry.catalogue()!.measures.find((x) => x.id === s[0].measureIds[0])!;
    expect(m.addresses.some((a) => a.startsWith("integ_"))).toBe(true);
  });
});
