import { it, expect, beforeAll } from "vitest";
import { appError } from "../testing/app-error";
import { describeEachDb, sqlLog } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import type { SessionToken } from "../auth/session";
import { createSession, revokeSession } from "../auth/sessions";
import { contentRegistry } from "../content";
import { startAssessment, submitAssessment } from "./mutations";
import { saveAnswers, saveAnswersWithSession } from "./save";
import { createGuestRespondent } from "../guests/respondents";
import { requireGuestAccess } from "../guests/access";

const KEY = "digital-readiness";

/** SQL statements `fn` sends (rate-limit bookkeeping of guest links left out: it is not the save's). */
async function statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  sqlLog.length = 0;
  const result = await fn();
  return { result, sql: sqlLog.filter((s) => !/rate.?limit/i.test(s)) };
}

describeEachDb("autosave statements", ({ db }) => {
  const q = contentRegistry().latest(KEY)!;
  const item = q.scoring!.items[0].id;
  let token: SessionToken;
  let other: SessionToken;
  let colleague: SessionToken;
  let ctx: CompanyContext;
  let companyId: string;

  const stored = (id: string) => db().assessment.findUniqueOrThrow({ where: { id }, select: { answers: true, revision: true } });
  const user = async (email: string) => {
    const u = await db().user.create({ data: { email, name: email.split("@")[0], passwordHash: "x" } });
    return { id: u.id, email: u.email, name: u.name, sessionId: await createSession(u.id) };
  };

  beforeAll(async () => {
    token = await user("sina@speicher-gmbh.de");
    other = await user("otto@andere-kg.de");
    colleague = await user("clara@speicher-gmbh.de");
    companyId = (await createCompany(token, { name: "Speicher GmbH", industry: "C", sizeBand: "10-49", region: "BE" })).id;
    await createCompany(other, { name: "Andere KG", industry: "G", sizeBand: "1-9", region: "HH" });
    await db().membership.create({ data: { userId: colleague.id, companyId, role: "member" } });
    ctx = await requireCompany(token, companyId);
  });

  it("a member's save on the session token is one UPDATE, two statements the first time in a process", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const first = await statements(() => saveAnswersWithSession(token, companyId, id, { revision: 0, answers: { [item]: 2 }, currentPage: 1 }));
    expect(first.result).toMatchObject({ revision: 1 });
    expect(first.sql.length).toBeLessThanOrEqual(2);
    const second = await statements(() => saveAnswersWithSession(token, companyId, id, { revision: 1, answers: { [item]: 3 }, currentPage: 2 }));
    expect(second.result).toMatchObject({ revision: 2 });
    expect(second.sql).toHaveLength(1);
    expect(second.sql[0]).toMatch(/^\s*UPDATE "Assessment"/);
    expect(await stored(id)).toEqual({ answers: { [item]: 3 }, revision: 2 });
  });

  it("the session path writes nothing and declines for a stale revision, bad answers, another company, a colleague's draft, an ended session, a submitted one", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const save = (t: SessionToken, input: { revision: number; answers: Record<string, unknown> }, company = companyId, aid = id) => saveAnswersWithSession(t, company, aid, { currentPage: 0, ...input });
    await save(token, { revision: 0, answers: { [item]: 1 } });
    const before = await stored(id);
    expect(await save(token, { revision: 0, answers: { [item]: 4 } })).toBeNull(); // stale
    expect(await save(token, { revision: 1, answers: { [item]: 99 } })).toBeNull(); // not an answer of this item
    expect(await save(token, { revision: 1, answers: { no_such_question: 1 } })).toBeNull();
    expect(await save(other, { revision: 1, answers: { [item]: 4 } })).toBeNull(); // not a member
    expect(await save(colleague, { revision: 1, answers: { [item]: 4 } })).toBeNull(); // a member, but not her draft
    expect(await save(token, { revision: 1, answers: { [item]: 4 } }, "c".repeat(25))).toBeNull(); // the draft is not in that company
    const ended = { ...token, sessionId: await createSession(token.id) };
    await revokeSession(ended.sessionId);
    expect(await save(ended, { revision: 1, answers: { [item]: 4 } })).toBeNull();
    expect(await save({ ...token, sessionId: other.sessionId }, { revision: 1, answers: { [item]: 4 } })).toBeNull(); // someone else's session row
    expect(await stored(id)).toEqual(before);
    await submitAssessment(ctx, id, 1);
    expect(await save(token, { revision: 2, answers: { [item]: 4 } })).toBeNull();
    // the full path names each reason, as before
    expect((await appError(() => saveAnswers(ctx, id, { revision: 2, answers: { [item]: 4 }, currentPage: 0 }))).messageKey).toBe("alreadySubmitted");
  });

  it("with a checked context (the full path, and guests) a save is one or two statements too, and refusals keep their reasons", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const first = await statements(() => saveAnswers(ctx, id, { revision: 0, answers: { [item]: 2 }, currentPage: 0 }));
    expect(first.sql.length).toBeLessThanOrEqual(2);
    const again = await statements(() => saveAnswers(ctx, id, { revision: 1, answers: { [item]: 3 }, currentPage: 0 }));
    expect(again.sql).toHaveLength(1);
    expect((await appError(() => saveAnswers(ctx, id, { revision: 1, answers: { [item]: 4 }, currentPage: 0 }))).details).toMatchObject({ revision: 2, answers: { [item]: 3 } });
    expect((await appError(() => saveAnswers(ctx, id, { revision: 2, answers: { [item]: 99 }, currentPage: 0 }))).code).toBe("unprocessable");
    const colleagueCtx = await requireCompany(colleague, companyId);
    expect((await appError(() => saveAnswers(colleagueCtx, id, { revision: 2, answers: { [item]: 4 }, currentPage: 0 }))).messageKey).toBe("notYourAssessment");
    const otherCtx = await requireCompany(other, (await db().membership.findFirstOrThrow({ where: { userId: other.id } })).companyId);
    expect((await appError(() => saveAnswers(otherCtx, id, { revision: 2, answers: {}, currentPage: 0 }))).code).toBe("not_found");

    // a guest through its link: the link check, its origin's gate (is the workshop still open?) and the
    // save, three statements once the process knows the questionnaire (folding the gate into the link
    // lookup would make it two)
    const g = await db().$transaction((tx) => createGuestRespondent(tx, { companyId, kind: "guest", displayName: "Teilnehmerin", expiresAt: new Date(Date.now() + 86400_000) }));
    const guestCtx = await requireGuestAccess(g.token, "answer");
    const { id: gid } = await startAssessment(guestCtx, KEY, "self");
    await saveAnswers(guestCtx, gid, { revision: 0, answers: { [item]: 1 }, currentPage: 0 });
    const guestSave = await statements(async () => saveAnswers(await requireGuestAccess(g.token, "answer"), gid, { revision: 1, answers: { [item]: 2 }, currentPage: 0 }));
    expect(guestSave.result.revision).toBe(2);
    expect(guestSave.sql.length).toBeLessThanOrEqual(3);
    expect((await appError(() => saveAnswers(guestCtx, id, { revision: 2, answers: {}, currentPage: 0 }))).messageKey).toBe("notYourAssessment");
  });
});
