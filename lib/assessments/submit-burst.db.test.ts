import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { startAssessment, saveAnswers, submitAssessment } from "./mutations";

// a workshop's participants all submit in the same second (the limit's effect on everyone else's
// requests is measured in `npm run bench -- workshop`: the projector's slowest poll)
describeEachDb("a burst of submits", ({ db }) => {
  const BURST = 30;
  let ctx: CompanyContext;
  const drafts: { id: string; revision: number }[] = [];

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "burst@betrieb.de", passwordHash: "x" } });
    const user = { id: u.id, email: u.email };
    const companyId = (await createCompany(user, { name: "Burst GmbH", industry: "C", sizeBand: "10-49", region: "SN" })).id;
    ctx = await requireCompany(user, companyId);
    for (let i = 0; i < BURST; i++) {
      const a = await startAssessment(ctx, "digital-readiness", "self");
      const saved = await saveAnswers(ctx, a.id, { revision: 0, answers: { data_machine_capture: i % 5 }, currentPage: 0 });
      drafts.push({ id: a.id, revision: saved.revision });
    }
  });

  it("30 submits at once all land, once each; a stale one among them is refused and frees its place", async () => {
    const stale = drafts[0];
    const calls = [...drafts.map((d) => submitAssessment(ctx, d.id, d.revision)), submitAssessment(ctx, stale.id, stale.revision)];
    const settled = await Promise.allSettled(calls);
    const refused = settled.filter((s) => s.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db().assessment.count({ where: { companyId: ctx.companyId, status: "submitted" } })).toBe(BURST);
    expect(await db().resultSnapshot.count({ where: { companyId: ctx.companyId } })).toBe(BURST);
    // the limiter is free again: the next submit does not wait for anything
    const a = await startAssessment(ctx, "digital-readiness", "self");
    await submitAssessment(ctx, a.id, 0);
    expect(await db().assessment.count({ where: { companyId: ctx.companyId, status: "submitted" } })).toBe(BURST + 1);
  });
});
