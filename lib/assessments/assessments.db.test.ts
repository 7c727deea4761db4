import { it, expect, beforeAll } from "vitest";
import { appError } from "../testing/app-error";
import { describeEachDb } from "../testing/db";
import { AppError } from "../errors";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { contentRegistry } from "../content";
import { scoreAnswers, SCORING_VERSION } from "../scoring/score";
import { startAssessment, saveAnswers, submitAssessment } from "./mutations";
import { getAssessment, listAssessments } from "./queries";

const KEY = "digital-readiness";

describeEachDb("assessments", ({ db }) => {
  let userA: SessionUser;
  let userB: SessionUser;
  let userC: SessionUser;
  let ctxA: CompanyContext;
  let ctxB: CompanyContext;
  let companyA: { id: string };
  let companyB: { id: string };
  const q = contentRegistry().latest(KEY)!;
  const items = q.scoring!.items.map((i) => i.id);
  /** a valid, varied answer set: 0..4 and "na" in turn, relevance questions answered with 1..3 */
  const fullAnswers: Record<string, unknown> = Object.fromEntries([
    ...items.map((id, i) => [id, [0, 1, 2, 3, 4, "na"][i % 6]]),
    ...q.scoring!.relevance.map((r, i) => [r.question, (i % 3) + 1]),
  ]);

  const stored = (id: string) => db().assessment.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    const mk = async (email: string) => {
      const u = await db().user.create({ data: { email, name: email.split("@")[0], passwordHash: "not-a-real-hash" } });
      return { id: u.id, email: u.email, name: u.name };
    };
    userA = await mk("anna@a-gmbh.de");
    userB = await mk("bernd@b-kg.de");
    userC = await mk("carla@a-gmbh.de");
    companyA = await createCompany(userA, { name: "A GmbH", industry: "C", sizeBand: "10-49", region: "BY" });
    companyB = await createCompany(userB, { name: "B KG", industry: "G", sizeBand: "1-9", region: "NW" });
    ctxA = await requireCompany(userA, companyA.id);
    ctxB = await requireCompany(userB, companyB.id);
  });

  it("requireCompany gives the owner a context and hides other companies (404)", async () => {
    expect(ctxA).toMatchObject({ companyId: companyA.id, userId: userA.id, actor: userA.email, role: "owner", via: { kind: "membership", role: "owner" } });
    expect(ctxA.can("members.manage")).toBe(true);
    expect((await appError(() => requireCompany(userB, companyA.id))).code).toBe("not_found");
    expect((await appError(() => requireCompany(userA, "does-not-exist"))).code).toBe("not_found");
    expect((await appError(() => requireCompany(userA, "c".repeat(25)))).code).toBe("not_found");
  });

  it("startAssessment stores the latest version of digital-readiness as a fresh draft", async () => {
    expect(contentRegistry().versions(KEY).at(-1)).toBe(q.version);
    const { id } = await startAssessment(ctxA, KEY, "self");
    const a = await stored(id);
    const respondent = await db().respondent.findUniqueOrThrow({ where: { id: a.respondentId } });
    expect(respondent).toMatchObject({ companyId: companyA.id, userId: userA.id, kind: "user", displayName: "anna" });
    expect(a).toMatchObject({
      companyId: companyA.id,
      questionnaireKey: KEY,
      contentVersion: q.version,
      perspective: "self",
      status: "draft",
      revision: 0,
      currentPage: 0,
      answers: {},
      submittedAt: null,
    });
    const audit = await db().auditEvent.findMany({ where: { target: id } });
    expect(audit.map((e) => e.action)).toEqual(["assessment.start"]);
  });

  it("startAssessment rejects an unknown questionnaire and a perspective it does not offer", async () => {
    expect((await appError(() => startAssessment(ctxA, "no-such-check", "self"))).code).toBe("not_found");
    if (!q.perspectives.includes("partner")) {
      const e = await appError(() => startAssessment(ctxA, KEY, "partner"));
      expect(e.code).toBe("unprocessable");
      expect(e.messageKey).toBe("perspectiveNotOffered");
    }
  });

  it("saveAnswers with the right revision stores the answers and increments the revision", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    const r1 = await saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 2 }, currentPage: 1 });
    expect(r1.revision).toBe(1);
    expect(Number.isNaN(Date.parse(r1.savedAt))).toBe(false);
    const r2 = await saveAnswers(ctxA, id, { revision: 1, answers: { [items[0]]: 3, [items[1]]: "na" }, currentPage: 2 });
    expect(r2.revision).toBe(2);
    const a = await stored(id);
    expect(a.revision).toBe(2);
    expect(a.answers).toEqual({ [items[0]]: 3, [items[1]]: "na" });
    expect(a.currentPage).toBe(2);
  });

  it("a stale revision -> conflict with the newer revision and answers; stored data unchanged", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 4 }, currentPage: 1 });
    const before = await stored(id);
    const e = await appError(() => saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 0 }, currentPage: 0 }));
    expect(e.code).toBe("conflict");
    expect(e.status).toBe(409);
    expect(e.messageKey).toBe("staleRevision");
    expect(e.details).toEqual({ revision: 1, answers: { [items[0]]: 4 }, currentPage: 1, status: "draft" });
    // a revision from the future is stale too
    expect((await appError(() => saveAnswers(ctxA, id, { revision: 5, answers: {}, currentPage: 0 }))).code).toBe("conflict");
    const after = await stored(id);
    expect({ revision: after.revision, answers: after.answers, currentPage: after.currentPage }).toEqual({
      revision: before.revision,
      answers: before.answers,
      currentPage: before.currentPage,
    });
  });

  it("two concurrent saves from the same revision: exactly one wins, the other gets a conflict", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    const results = await Promise.allSettled([
      saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 1 }, currentPage: 0 }),
      saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 3 }, currentPage: 0 }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0].reason as AppError).code).toBe("conflict");
    expect((await stored(id)).revision).toBe(1);
  });

  it("unknown question id or a value outside the scale -> unprocessable; stored data unchanged", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 1 }, currentPage: 0 });
    const unknown = await appError(() => saveAnswers(ctxA, id, { revision: 1, answers: { [items[0]]: 2, no_such_question: 1 }, currentPage: 0 }));
    expect(unknown.code).toBe("unprocessable");
    expect(unknown.status).toBe(422);
    expect(unknown.details).toEqual({ problems: [{ question: "no_such_question", problem: "unknown_question" }] });
    const outside = await appError(() => saveAnswers(ctxA, id, { revision: 1, answers: { [items[0]]: 5 }, currentPage: 0 }));
    expect(outside.code).toBe("unprocessable");
    expect(outside.details).toEqual({ problems: [{ question: items[0], problem: "invalid_value" }] });
    const a = await stored(id);
    expect(a.revision).toBe(1);
    expect(a.answers).toEqual({ [items[0]]: 1 });
  });

  it("another company's user can neither read nor save nor submit the assessment (404)", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 2 }, currentPage: 0 });
    expect((await appError(() => getAssessment(ctxB, id))).code).toBe("not_found");
    expect((await appError(() => saveAnswers(ctxB, id, { revision: 1, answers: {}, currentPage: 0 }))).code).toBe("not_found");
    expect((await appError(() => submitAssessment(ctxB, id, 1))).code).toBe("not_found");
    // a forged context (B's user claiming A's company) is exactly what requireCompany prevents
    expect((await appError(() => requireCompany(userB, companyA.id))).code).toBe("not_found");
    expect((await listAssessments(ctxB)).map((x) => x.id)).not.toContain(id);
    const a = await stored(id);
    expect(a.revision).toBe(1);
    expect(a.status).toBe("draft");
    expect(a.answers).toEqual({ [items[0]]: 2 });
  });

  it("a member of the same company may read but not write someone else's draft (403)", async () => {
    await db().membership.create({ data: { userId: userC.id, companyId: companyA.id, role: "member" } });
    const ctxC = await requireCompany(userC, companyA.id);
    expect(ctxC.role).toBe("member");
    const { id } = await startAssessment(ctxA, KEY, "self");
    expect((await getAssessment(ctxC, id)).id).toBe(id);
    const e = await appError(() => saveAnswers(ctxC, id, { revision: 0, answers: {}, currentPage: 0 }));
    expect(e.code).toBe("forbidden");
    expect((await appError(() => submitAssessment(ctxC, id, 0))).code).toBe("forbidden");
  });

  it("an id of the wrong shape is a 404, not a database error", async () => {
    expect((await appError(() => getAssessment(ctxA, "'; DROP TABLE x; --"))).code).toBe("not_found");
    expect((await appError(() => saveAnswers(ctxA, "", { revision: 0, answers: {}, currentPage: 0 }))).code).toBe("not_found");
  });

  it("submitAssessment freezes the scores of the stored answers in a ResultSnapshot", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await saveAnswers(ctxA, id, { revision: 0, answers: fullAnswers, currentPage: q.survey.pages.length - 1 });
    // a stale revision is refused
    expect((await appError(() => submitAssessment(ctxA, id, 0))).code).toBe("conflict");
    expect(await submitAssessment(ctxA, id, 1)).toEqual({ id });
    const a = await stored(id);
    expect(a.status).toBe("submitted");
    expect(a.revision).toBe(2);
    expect(a.submittedAt).toBeInstanceOf(Date);
    const snap = await db().resultSnapshot.findUniqueOrThrow({ where: { assessmentId: id } });
    expect(snap).toMatchObject({ companyId: companyA.id, contentKey: KEY, contentVersion: q.version, scoringVersion: SCORING_VERSION });
    const expected = scoreAnswers(q, fullAnswers);
    expect(snap.scores).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.overall).not.toBeNull();
    // the result view query sees it
    const read = await getAssessment(ctxA, id);
    expect(read.snapshot?.scoringVersion).toBe(SCORING_VERSION);
    const audit = await db().auditEvent.findMany({ where: { target: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((x) => x.action)).toEqual(["assessment.start", "assessment.submit"]);
  });

  it("a second submit -> conflict; saving after submit -> conflict alreadySubmitted; nothing changes", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await saveAnswers(ctxA, id, { revision: 0, answers: { [items[0]]: 4 }, currentPage: 0 });
    await submitAssessment(ctxA, id, 1);
    const second = await appError(() => submitAssessment(ctxA, id, 2));
    expect(second.code).toBe("conflict");
    expect(second.messageKey).toBe("alreadySubmitted");
    const save = await appError(() => saveAnswers(ctxA, id, { revision: 2, answers: { [items[0]]: 0 }, currentPage: 0 }));
    expect(save.code).toBe("conflict");
    expect(save.messageKey).toBe("alreadySubmitted");
    expect((save.details as { revision: number }).revision).toBe(2);
    const a = await stored(id);
    expect(a.answers).toEqual({ [items[0]]: 4 });
    expect(a.revision).toBe(2);
    expect(await db().resultSnapshot.count({ where: { assessmentId: id } })).toBe(1);
  });

  // Regression (fixed): lib/assessments/mutations.ts:32 — the alreadySubmitted conflict carries only { revision }.
  // The autosave client (components/survey/autosave.ts:137) decides "submitted → stop" from
  // details.status, so with this body it shows a plain "conflict", keeps autosaving and passes
  // onConflict a state without answers. Suggested fix: throw
  // AppError("conflict", "alreadySubmitted", { revision: a.revision, answers: a.answers, currentPage: a.currentPage, status: a.status }).
  it("saving after submit tells the client the assessment is submitted (details.status)", async () => {
    const { id } = await startAssessment(ctxA, KEY, "self");
    await submitAssessment(ctxA, id, 0);
    const e = await appError(() => saveAnswers(ctxA, id, { revision: 1, answers: {}, currentPage: 0 }));
    expect(e.details).toMatchObject({ revision: 1, status: "submitted", answers: {} });
  });

  it("an empty submission gets a snapshot with null scores", async () => {
    const { id } = await startAssessment(ctxB, KEY, "self");
    await submitAssessment(ctxB, id, 0);
    const snap = await db().resultSnapshot.findUniqueOrThrow({ where: { assessmentId: id } });
    expect((snap.scores as { overall: unknown }).overall).toBeNull();
    expect(snap.companyId).toBe(companyB.id);
  });

  it("submitting the company profile stores it on the company and makes no score snapshot", async () => {
    const profile = contentRegistry().latest("company-profile");
    if (!profile) return; // the profile questionnaire is not published yet
    const { id } = await startAssessment(ctxB, profile.key, "self");
    const size = (profile.survey.pages.flatMap((p) => p.elements) as Array<{ name: string; choices?: Array<{ value: string } | string> }>).find(
      (e) => e.name === "sizeBand",
    );
    const answers = size?.choices ? { sizeBand: typeof size.choices[0] === "object" ? size.choices[0].value : size.choices[0] } : {};
    await saveAnswers(ctxB, id, { revision: 0, answers, currentPage: 0 });
    await submitAssessment(ctxB, id, 1);
    const c = await db().company.findUniqueOrThrow({ where: { id: companyB.id } });
    expect(c.profile).toEqual(answers);
    expect(await db().resultSnapshot.count({ where: { assessmentId: id } })).toBe(0);
  });
});
