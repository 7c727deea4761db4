import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { startAssessment, saveAnswers, submitAssessment } from "./mutations";
import { getResultView } from "./result";
import { appError } from "../testing/app-error";

describeEachDb("company profile and base data", ({ db }) => {
  let ctx: CompanyContext;
  let companyId: string;

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "paula@profil.de", passwordHash: "x" } });
    const user = { id: u.id, email: u.email };
    companyId = (await createCompany(user, { name: "Profil GmbH", industry: "C", sizeBand: "10-49", region: "BB" })).id;
    ctx = await requireCompany(user, companyId);
  });

  it("a new profile starts with the industry, size and region the company was created with", async () => {
    const a = await startAssessment(ctx, "company-profile", "self");
    const stored = await db().assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.answers).toEqual({ industry: "C", sizeBand: "10-49", region: "BB" });
  });

  it("submitting the profile updates the company's base data, so header and profile agree", async () => {
    const a = await startAssessment(ctx, "company-profile", "self");
    const answers = { industry: "F", sizeBand: "50-249", region: "SN", itCapacity: "none", systems: ["erp"], erpName: "Sage 100" };
    const saved = await saveAnswers(ctx, a.id, { revision: 0, answers, currentPage: 0 });
    await submitAssessment(ctx, a.id, saved.revision);
    const c = await db().company.findUniqueOrThrow({ where: { id: companyId } });
    expect({ industry: c.industry, sizeBand: c.sizeBand, region: c.region }).toEqual({ industry: "F", sizeBand: "50-249", region: "SN" });
    expect(c.profile).toMatchObject({ itCapacity: "none", erpName: "Sage 100" });
    // the next profile starts from the stored one
    const next = await startAssessment(ctx, "company-profile", "self");
    expect((await db().assessment.findUniqueOrThrow({ where: { id: next.id } })).answers).toMatchObject({ industry: "F", erpName: "Sage 100" });
  });

  it("a trust result names the cooperation and flags low coverage; an old 'partner' result (trust 1.0.0) stays readable as such", async () => {
    // trust 2.0.0 is answered from one's own side only: how we come across and how we see our partner
    expect((await appError(() => startAssessment(ctx, "trust", "partner"))).messageKey).toBe("perspectiveNotOffered");
    const a = await startAssessment(ctx, "trust", "self");
    const saved = await saveAnswers(ctx, a.id, { revision: 0, answers: { partner_name: "Laserschweiß Nord GmbH" }, currentPage: 0 });
    await submitAssessment(ctx, a.id, saved.revision);
    const view = await getResultView(ctx, a.id, "de");
    expect(view.partnerName).toBe("Laserschweiß Nord GmbH");
    expect(view.perspective).toBe("self");
    expect(view.coverage).toBe(0);
    expect(view.overall).toBeNull();
    // an old-style result: trust 1.0.0 "Als Partner bewerten", answered by the company's own user
    const { respondentId } = await db().assessment.findUniqueOrThrow({ where: { id: a.id }, select: { respondentId: true } });
    const old = await db().assessment.create({ data: { companyId, respondentId, questionnaireKey: "trust", contentVersion: "1.0.0", perspective: "partner", answers: { partner_name: "Blech KG", comp_expertise: 1 } }, select: { id: true } });
    await submitAssessment(ctx, old.id, 0);
    const oldView = await getResultView(ctx, old.id, "de");
    expect(oldView).toMatchObject({ perspective: "partner", partnerName: "Blech KG", contentVersion: "1.0.0" });
  });
});
