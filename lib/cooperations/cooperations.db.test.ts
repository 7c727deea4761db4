import { it, expect, beforeAll } from "vitest";
import { appError } from "../testing/app-error";
import { describeEachDb } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import { saveAnswers, startAssessment, submitAssessment } from "../assessments/mutations";
import { getReadableAssessment, listAssessments } from "../assessments/queries";
import { requireGuestAccess } from "../guests/access";
import { guestOffers } from "../guests/offers";
import { loadCompanyView } from "../dashboard/load";
import { testLabels } from "../testing/company-fixtures";
import { advanceStep, createCooperation, recordEvaluation, startOurTrustCheck, updateCooperation, updateStep } from "./mutations";
import { getCooperation, listCooperations } from "./queries";
import { invitePartner, withdrawPartner } from "./partners";
import { loadTrustState } from "./trust";

const trustQ = contentRegistry().latest("trust")!;
/** trust 2.0.0 answers: `self` for "how we come across", `other` for "how we see our partner" (0-4) */
const answers = (self: number, other: number) => ({ partner_name: "x", ...Object.fromEntries(trustQ.scoring!.items.map((i) => [i.id, i.dimension.endsWith("_other") ? other : self])) });
const labels = { heading: "Aus Runde {cycle}", goalsReached: "Ziele", profileFit: "Passung", costBenefit: "Aufwand und Nutzen", consequences: "Konsequenzen" };
const tokenOf = (link: string) => link.split("/g/")[1];

async function answerAndSubmit(ctx: CompanyContext, id: string, a: Record<string, unknown>) {
  const { revision } = await saveAnswers(ctx, id, { answers: a, currentPage: 0, revision: 0 });
  await submitAssessment(ctx, id, revision);
}

describeEachDb("cooperations", ({ db }) => {
  let owner: CompanyContext;
  let companyId: string;

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "ines@dreherei.de", name: "Ines", passwordHash: "x" } });
    const user = { id: u.id, email: u.email, name: u.name };
    companyId = (await createCompany(user, { name: "Dreherei Ines", industry: "C", sizeBand: "10-49", region: "BY" })).id;
    owner = await requireCompany(user, companyId);
  });

  it("walks a cooperation through the five steps into a second cycle; every change is audited; the first cycle stays readable", async () => {
    const { id } = await createCooperation(owner, { partnerName: "Titan AG", field: "Ersatzteile", goal: "Lieferzeit halbieren", startDate: "2027-01-15" });
    await updateStep(owner, id, "needs", { notes: "Wir brauchen 3D-Druck", responsible: "Ines", dueDate: "2027-02-01", checklist: { needs_goals: true, partner_profile: true } });
    let c = await getCooperation(owner, id);
    expect(c.step(1, "needs")).toMatchObject({ notes: "Wir brauchen 3D-Druck", responsible: "Ines", dueDate: "2027-02-01", checklist: { needs_goals: true } });
    expect((await listCooperations(owner))[0]).toMatchObject({ id, currentStep: "needs", cycle: 1, nextDate: "2027-02-01" });
    for (const s of ["needs", "partner", "structures", "relationship"] as const) await advanceStep(owner, id, s);
    expect((await appError(() => advanceStep(owner, id, "evaluation"))).messageKey).toBe("evaluateFirst");
    expect((await appError(() => advanceStep(owner, id, "needs"))).messageKey).toBe("stepAlreadyClosed");
    await updateCooperation(owner, id, { profile: { partnerBrings: "3D-Druck", weBring: "Fräsen", mustHaves: ["Titan"], niceToHaves: [] } });
    await recordEvaluation(owner, id, { goalsReached: "Lieferzeit -30 %", profileFit: "gut", costBenefit: "lohnt", consequences: "Vertrag ergänzen", nextDate: "2027-09-01" }, labels);
    c = await getCooperation(owner, id);
    expect(c).toMatchObject({ cycle: 2, currentStep: "needs" });
    expect(c.step(2, "needs").notes).toBe("Aus Runde 1\nZiele: Lieferzeit -30 %\nPassung: gut\nAufwand und Nutzen: lohnt");
    expect(c.step(2, "needs").decisions).toBe("Konsequenzen: Vertrag ergänzen");
    // the next evaluation date is the cooperation's next date, not the new needs step's deadline
    expect(c.step(2, "needs").dueDate).toBeNull();
    expect((await listCooperations(owner))[0]).toMatchObject({ currentStep: "needs", cycle: 2, nextDate: "2027-09-01" });
    expect(c.step(1, "needs").notes).toBe("Wir brauchen 3D-Druck");
    expect(c.step(1, "evaluation").completedAt).not.toBeNull();
    expect(c.evaluations).toHaveLength(1);
    const actions = (await db().auditEvent.findMany({ where: { companyId, target: id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["cooperation.create", "cooperation.step.update", ...Array(4).fill("cooperation.step.complete"), "cooperation.update", "cooperation.evaluate"]);
  });

  it("two-sided trust check: nothing of the other side before both submitted; the partner's answers stay the partner's; withdrawing removes the comparison", async () => {
    const { id } = await createCooperation(owner, { partnerName: "Blech KG", field: "Blech", goal: "gemeinsam anbieten", startDate: "2027-01-01" });
    const { link } = await invitePartner(owner, id);
    const token = tokenOf(link);
    const partner = await requireGuestAccess(token, "answer");
    expect(partner.can("trust.compare")).toBe(true);
    expect(partner.can("results.read")).toBe(false);
    expect(await guestOffers(partner)).toEqual([{ key: "trust", perspective: "self" }]);
    const theirs = await startAssessment(partner, "trust", "self");
    // the partner answers about the company that invited it: its name is filled in, not typed
    expect((await db().assessment.findUniqueOrThrow({ where: { id: theirs.id } })).answers).toEqual({ partner_name: "Dreherei Ines" });
    expect(await guestOffers(partner)).toEqual([]); // one check per partner
    expect((await loadTrustState(companyId, id)).state).toBe("waiting");

    const ours = await startOurTrustCheck(owner, id);
    expect((await startOurTrustCheck(owner, id)).id).toBe(ours.id); // the open draft is reused
    await answerAndSubmit(owner, ours.id, answers(4, 2));
    expect(await loadTrustState(companyId, id)).toEqual({ state: "waiting", usSubmitted: true, partnerSubmitted: false, partnerWithdrawn: false });
    await answerAndSubmit(partner, theirs.id, answers(3, 1));

    const ready = await loadTrustState(companyId, id);
    expect(ready.state).toBe("ready");
    if (ready.state !== "ready") return;
    expect(ready.comparison.pillars[0]).toMatchObject({ id: "competence", usSelf: 100, partnerViewOfUs: 25, gapUs: -75, partnerSelf: 75, usViewOfPartner: 50, gapPartner: -25 });
    expect(ready.suggestions.length).toBeGreaterThan(0);

    // the members never read the partner's raw answers, and they are not the company's own results
    expect((await appError(() => getReadableAssessment(owner, theirs.id))).code).toBe("not_found");
    expect((await listAssessments(owner)).map((a) => a.id)).not.toContain(theirs.id);
    const view = await loadCompanyView(owner, "de", testLabels);
    expect(view.respondents.map((r) => r.name)).not.toContain("Blech KG");

    await withdrawPartner(partner);
    expect(await db().assessment.count({ where: { id: theirs.id } })).toBe(0);
    expect(await loadTrustState(companyId, id)).toMatchObject({ state: "waiting", partnerWithdrawn: true });
    expect((await appError(() => requireGuestAccess(token, "answer"))).messageKey).toBe("partnerWithdrawn");
    await expect(requireGuestAccess(token, "trust.compare")).resolves.toBeTruthy(); // its home still opens and says so
    const log = await db().auditEvent.findMany({ where: { companyId, target: id }, orderBy: { seq: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["cooperation.create", "cooperation.partner.invite", "cooperation.trust.start", "cooperation.partner.withdraw"]);
    expect(log.at(-1)!.via).toMatch(/^guest:partner:/);
  });

  it("another company's cooperation is a 404 for every query and mutation", async () => {
    const u = await db().user.create({ data: { email: "eve@fremd.de", name: "Eve", passwordHash: "x" } });
    const other = await requireCompany({ id: u.id, email: u.email, name: u.name }, (await createCompany({ id: u.id, email: u.email, name: u.name }, { name: "Fremd GmbH", industry: "C", sizeBand: "1-9", region: "BY" })).id);
    const { id } = await createCooperation(owner, { partnerName: "Geheim AG", field: "x y", goal: "x y", startDate: "2027-01-01" });
    for (const f of [() => getCooperation(other, id), () => updateStep(other, id, "needs", { notes: "x" }), () => invitePartner(other, id), () => startOurTrustCheck(other, id), () => advanceStep(other, id, "needs")]) {
      expect((await appError(f)).code).toBe("not_found");
    }
    expect(await listCooperations(other)).toEqual([]);
  });
});
