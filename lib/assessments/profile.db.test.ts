import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { startAssessment, saveAnswers, submitAssessment } from "./mutations";
import { getResultView } from "./result";

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

  it("a trust result names the cooperation and the perspective and flags low coverage", async () => {
    const a = await startAssessment(ctx, "trust", "partner");
    const saved = await saveAnswers(ctx, a.id, { revision: 0, answers: { partner_name: "Laserschweiß Nord GmbH" }, currentPage: 0 });
    await submitAssessment(ctx, a.id, saved.revision);
    const view = await getResultView(ctx, a.id, "de");
    expect(view.partnerName).toBe("Laserschweiß Nord GmbH");
    expect(view.perspective).toBe("partner");
    expect(view.coverage).toBe(0);
    expect(view.overall).toBeNull();
  });
});
