import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { appError } from "../testing/app-error";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { startAssessment, saveAnswers, submitAssessment } from "../assessments/mutations";
import { loadCompanyView } from "../dashboard/load";
import { answersFor, readinessQ, testLabels } from "../testing/company-fixtures";
import { updatePlanItem } from "./mutations";
import { listPlanOverrides } from "./queries";
import { planPatchSchema } from "./schemas";

describeEachDb("plan overrides", ({ db }) => {
  let ctxA: CompanyContext;
  let ctxB: CompanyContext;

  beforeAll(async () => {
    const mk = async (email: string) => {
      const u = await db().user.create({ data: { email, name: email.split("@")[0], passwordHash: "x" } });
      return { id: u.id, email: u.email, name: u.name };
    };
    const a = await mk("anna@plan-a.de");
    const b = await mk("bernd@plan-b.de");
    ctxA = await requireCompany(a, (await createCompany(a, { name: "A GmbH", industry: "C", sizeBand: "1-9", region: "BY" })).id);
    ctxB = await requireCompany(b, (await createCompany(b, { name: "B KG", industry: "C", sizeBand: "50-249", region: "NW" })).id);
    const { id } = await startAssessment(ctxA, readinessQ.key, "self");
    const answers = answersFor(readinessQ, { strategy: 1, data: 0, processes: 1, skills: 2, organisation: 1, cooperation: 1, sovereignty: 1 }, { data: 3 });
    const saved = await saveAnswers(ctxA, id, { revision: 0, answers, currentPage: 0 });
    await submitAssessment(ctxA, id, saved.revision);
  });

  it("saves an override, merges later patches and resets a field with null", async () => {
    await updatePlanItem(ctxA, "erp", { effort: 2, phase: "0-3" });
    await updatePlanItem(ctxA, "erp", { status: "in_progress", dueDate: "2026-06-30", ownerRole: "Geschäftsführerin" });
    let [o] = await listPlanOverrides(ctxA);
    expect(o).toEqual({ measureId: "erp", effort: 2, benefit: null, phase: "0-3", ownerRole: "Geschäftsführerin", dueDate: new Date("2026-06-30T00:00:00Z"), status: "in_progress", chosen: false });
    await updatePlanItem(ctxA, "erp", { effort: null });
    [o] = await listPlanOverrides(ctxA);
    expect(o.effort).toBeNull();
    expect(o.phase).toBe("0-3");
    expect(await db().auditEvent.count({ where: { companyId: ctxA.companyId, action: "plan.update" } })).toBe(3);
  });

  it("\"In den Plan aufnehmen\" is stored as the user's choice, logged, and can be taken back", async () => {
    await updatePlanItem(ctxA, "qualification", { chosen: true });
    const chosen = (await listPlanOverrides(ctxA)).find((o) => o.measureId === "qualification");
    expect(chosen).toMatchObject({ chosen: true, status: "open", effort: null, phase: null });
    expect((await db().auditEvent.findFirstOrThrow({ where: { companyId: ctxA.companyId, target: "qualification" } })).meta).toEqual({ chosen: true });
    await updatePlanItem(ctxA, "qualification", { chosen: false });
    expect((await listPlanOverrides(ctxA)).find((o) => o.measureId === "qualification")?.chosen).toBe(false);
  });

  it("overrides survive re-computation: the loaded picture shows them on top of the computed plan", async () => {
    await updatePlanItem(ctxA, "network", { effort: 1, benefit: 5, status: "done" });
    const v = await loadCompanyView(ctxA, "de", testLabels);
    const net = v.matrix.find((m) => m.measureId === "network")!;
    // network may run 12 months: never a quick win, even with the user's effort 1 / benefit 5
    expect(net).toMatchObject({ effort: 1, benefit: 5, quadrant: "strategic", overridden: true });
    expect(net.computedEffort).not.toBe(1);
    const erp = v.roadmap.flatMap((p) => p.items).find((i) => i.measureId === "erp")!;
    expect(erp).toMatchObject({ phase: "0-3", status: "in_progress", ownerRole: "Geschäftsführerin", reviewDate: "2026-06-30T00:00:00.000Z" });
    expect(v.history.plan).toMatchObject({ done: 1, inProgress: 1 });
    // a second load (re-computation) gives the same plan
    expect((await loadCompanyView(ctxA, "de", testLabels, new Date(v.generatedAt))).roadmap).toEqual(v.roadmap);
  });

  it("another company's context can neither read nor change them", async () => {
    expect(await listPlanOverrides(ctxB)).toEqual([]);
    await updatePlanItem(ctxB, "erp", { effort: 5 });
    const [a] = (await listPlanOverrides(ctxA)).filter((o) => o.measureId === "erp");
    expect(a.effort).toBeNull();
    expect((await listPlanOverrides(ctxB)).map((o) => [o.measureId, o.effort])).toEqual([["erp", 5]]);
    const vB = await loadCompanyView(ctxB, "de", testLabels);
    expect(vB.readiness).toBeNull();
    expect(vB.matrix).toEqual([]);
  });

  it("rejects unknown measures (422), out-of-range dates (422) and invalid input at the schema", async () => {
    expect((await appError(() => updatePlanItem(ctxA, "teleport", { effort: 2 }))).code).toBe("unprocessable");
    expect((await appError(() => updatePlanItem(ctxA, "erp", { dueDate: "1999-12-31" }))).messageKey).toBe("dueDateOutOfRange");
    for (const bad of [{ effort: 0 }, { effort: 6 }, { benefit: 2.5 }, { phase: "1-2" }, { status: "paused" }, {}, { effort: 2, companyId: "x" }, { dueDate: "31.12.2026" }]) {
      expect(planPatchSchema.safeParse(bad).success).toBe(false);
    }
  });
});
