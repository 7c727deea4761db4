import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import type { AssessmentScore } from "../scoring/score";
import { compareItems } from "../scoring/compare";
import { startAssessment, saveAnswers, submitAssessment } from "./mutations";
import { getResultView } from "./result";

/**
 * The versioning guarantee: an assessment answered on digital-readiness 0.1.0 keeps being saved,
 * scored and shown with 0.1.0 after 1.0.0 was published; a re-assessment on 1.0.0 is compared
 * with it item by item through the stable ids.
 */
const KEY = "digital-readiness";

describeEachDb("versioned content", ({ db }) => {
  const reg = contentRegistry();
  const old = reg.get(KEY, "0.1.0")!;
  const current = reg.latest(KEY)!;
  let ctx: CompanyContext;
  let oldId: string;
  const oldAnswers = { data_machine_capture: 1, data_no_double_entry: 0, data_interfaces: "na", proc_erp: 4, proc_standard: 3, proc_single_source: 2 };

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "vera@versionen-gmbh.de", name: "Vera", passwordHash: "not-a-real-hash" } });
    const user = { id: u.id, email: u.email, name: u.name };
    const company = await createCompany(user, { name: "Versionen GmbH", industry: "C", sizeBand: "10-49", region: "SN" });
    ctx = await requireCompany(user, company.id);
    // an assessment started before 1.0.0 was published
    const r = await db().respondent.create({ data: { companyId: ctx.companyId, userId: ctx.userId, displayName: "Vera" } });
    const a = await db().assessment.create({
      data: { companyId: ctx.companyId, respondentId: r.id, questionnaireKey: KEY, contentVersion: "0.1.0", perspective: "self", status: "draft", answers: {} },
    });
    oldId = a.id;
  });

  it("1.0.0 is the newest version, 0.1.0 is still published", () => {
    expect(current.version).toBe("1.0.0");
    expect(reg.versions(KEY)).toEqual(["0.1.0", "1.0.0"]);
    expect(old.scoring!.dimensions.map((d) => d.id)).not.toEqual(current.scoring!.dimensions.map((d) => d.id));
  });

  it("a 0.1.0 draft is saved and submitted against 0.1.0, not against the newest version", async () => {
    // an item only 1.0.0 knows is refused for the 0.1.0 draft
    await expect(saveAnswers(ctx, oldId, { answers: { strat_data_services: 2 }, currentPage: 0, revision: 0 })).rejects.toMatchObject({ code: "unprocessable" });
    await saveAnswers(ctx, oldId, { answers: oldAnswers, currentPage: 1, revision: 0 });
    await submitAssessment(ctx, oldId, 1);
    const snap = await db().resultSnapshot.findUniqueOrThrow({ where: { assessmentId: oldId } });
    expect(snap.contentVersion).toBe("0.1.0");
    const scores = snap.scores as unknown as AssessmentScore;
    expect(scores.contentVersion).toBe("0.1.0");
    expect(scores.dimensions.map((d) => d.id)).toEqual(old.scoring!.dimensions.map((d) => d.id));
    // data: 25, 0, n/a -> 12.5; processes: 100, 75, 50 -> 75
    expect(Object.fromEntries(scores.dimensions.map((d) => [d.id, d.score]))).toEqual({ data: 12.5, processes: 75 });
  });

  it("the result of the 0.1.0 assessment renders with the dimensions and texts of 0.1.0", async () => {
    for (const locale of ["de", "en"] as const) {
      const view = await getResultView(ctx, oldId, locale);
      expect(view.contentVersion).toBe("0.1.0");
      expect(view.questionnaireTitle).toBe(old.title[locale]);
      expect(view.dimensions.map((d) => d.id)).toEqual(old.scoring!.dimensions.map((d) => d.id));
      expect(view.dimensions.map((d) => d.title)).toEqual(old.scoring!.dimensions.map((d) => d.title[locale]));
      // "trifft nicht zu" counts as answered: 3 of 3, one of them not applicable
      expect(view.dimensions.map((d) => [d.answered, d.notApplicable, d.total])).toEqual([[3, 1, 3], [3, 0, 3]]);
      expect(view.overall).toBe(43.8);
    }
  });

  it("a re-assessment starts on the newest version and is compared with the old one by stable item id", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const fresh = await db().assessment.findUniqueOrThrow({ where: { id } });
    expect(fresh.contentVersion).toBe(current.version);
    const newAnswers = { ...Object.fromEntries(old.scoring!.items.map((i) => [i.id, 3])), strat_customer_needs: 1 };
    await saveAnswers(ctx, id, { answers: newAnswers, currentPage: 0, revision: 0 });
    await submitAssessment(ctx, id, 1);

    const [a, b] = await Promise.all([
      db().assessment.findUniqueOrThrow({ where: { id: oldId } }),
      db().assessment.findUniqueOrThrow({ where: { id } }),
    ]);
    const cmp = compareItems(reg.get(KEY, a.contentVersion)!, a.answers as Record<string, unknown>, reg.get(KEY, b.contentVersion)!, b.answers as Record<string, unknown>);
    expect(cmp.common.map((c) => c.id).sort()).toEqual(old.scoring!.items.map((i) => i.id).sort());
    expect(Object.fromEntries(cmp.common.map((c) => [c.id, c.delta]))).toEqual({
      data_machine_capture: 50,
      data_no_double_entry: 75,
      data_interfaces: null,
      proc_erp: -25,
      proc_standard: 0,
      proc_single_source: 25,
    });
    // the old result still renders with 0.1.0 after the re-assessment on 1.0.0
    expect((await getResultView(ctx, oldId, "de")).contentVersion).toBe("0.1.0");
    expect((await getResultView(ctx, id, "de")).dimensions).toHaveLength(current.scoring!.dimensions.length);
  });
});
