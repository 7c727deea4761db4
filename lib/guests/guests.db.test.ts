import { it, expect, beforeAll, afterEach } from "vitest";
import { appError } from "../testing/app-error";
import { describeEachDb } from "../testing/db";
import { AppError } from "../errors";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import { startAssessment, saveAnswers, submitAssessment } from "../assessments/mutations";
import { getAssessmentState, listOwnAssessments } from "../assessments/queries";
import { getResultView } from "../assessments/result";
import { createGuestRespondent, endGuestToken, renewGuestToken } from "./respondents";
import { requireGuestAccess } from "./access";
import { requireOffered } from "./offers";
import { gates, type GuestGate } from "./gates";

const KEY = "digital-readiness";
const inAMonth = () => new Date(Date.now() + 30 * 86400_000);

describeEachDb("guest respondents", ({ db }) => {
  let owner: CompanyContext;
  let companyId: string;
  const q = contentRegistry().latest(KEY)!;
  const answers = Object.fromEntries(q.scoring!.items.map((i, n) => [i.id, n % 5]));
  const original = { ...gates };

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "olga@gast-gmbh.de", name: "Olga", passwordHash: "x" } });
    const user = { id: u.id, email: u.email, name: u.name };
    companyId = (await createCompany(user, { name: "Gast GmbH", industry: "C", sizeBand: "10-49", region: "BY" })).id;
    owner = await requireCompany(user, companyId);
  });
  afterEach(() => Object.assign(gates, original));

  const guest = (kind: "guest" | "partner", expiresAt = inAMonth()) => db().$transaction((tx) => createGuestRespondent(tx, { companyId, kind, displayName: kind === "guest" ? "Teilnehmer" : "Partner AG", expiresAt }));

  it("a workshop guest answers, autosaves, submits and reads its own result through its link", async () => {
    const { token, respondentId } = await guest("guest");
    const stored = await db().respondent.findUniqueOrThrow({ where: { id: respondentId } });
    expect(stored.tokenHash).not.toContain(token);
    const ctx = await requireGuestAccess(token, "answer");
    expect(ctx).toMatchObject({ companyId, userId: null, respondentId, role: "guest", via: { kind: "guest", origin: "workshop", respondentId } });
    const { id } = await startAssessment(ctx, KEY, "self");
    expect((await db().assessment.findUniqueOrThrow({ where: { id } })).respondentId).toBe(respondentId);
    const saved = await saveAnswers(ctx, id, { answers, currentPage: 1, revision: 0 });
    expect(saved.revision).toBe(1);
    expect((await appError(() => saveAnswers(ctx, id, { answers, currentPage: 1, revision: 0 }))).messageKey).toBe("staleRevision");
    await submitAssessment(ctx, id, 1);
    const read = await requireGuestAccess(token, "results.read");
    const view = await getResultView(read, id, "de");
    expect(view.respondent).toBe("Teilnehmer");
    expect((await listOwnAssessments(ctx)).map((a) => a.id)).toEqual([id]);
  });

  it("a guest reaches only its own answers: not a member's, and a member's list does not make them its own", async () => {
    const member = await startAssessment(owner, KEY, "self");
    const { token } = await guest("guest");
    const ctx = await requireGuestAccess(token, "answer");
    expect((await appError(() => getAssessmentState(ctx, member.id))).code).toBe("not_found");
    expect((await appError(() => saveAnswers(ctx, member.id, { answers, currentPage: 0, revision: 0 }))).messageKey).toBe("notYourAssessment");
    expect(await listOwnAssessments(ctx)).toEqual([]);
    // and the member cannot write into the guest's draft
    const g = await startAssessment(ctx, KEY, "self");
    expect((await appError(() => saveAnswers(owner, g.id, { answers, currentPage: 0, revision: 0 }))).messageKey).toBe("notYourAssessment");
  });

  it("a partner only answers (no results, no PDFs); what it does is on the company's access log", async () => {
    const { token, respondentId } = await guest("partner");
    // a partner belongs to a cooperation of the company (lib/cooperations/partner-gate.ts)
    await db().cooperation.create({ data: { companyId, partnerName: "Partner AG", field: "Fertigung", goal: "Ersatzteile", startDate: new Date(), partners: { create: { respondentId } } } });
    const ctx = await requireGuestAccess(token, "answer");
    expect(ctx.via).toMatchObject({ kind: "guest", origin: "partner" });
    const { id } = await startAssessment(ctx, "trust", "self");
    const entry = await db().auditEvent.findFirstOrThrow({ where: { companyId, action: "assessment.start", target: id } });
    expect(entry).toMatchObject({ userId: null, via: `guest:partner:${respondentId}`, actor: "Partner AG (Partner)" });
    expect((await appError(() => requireGuestAccess(token, "results.read"))).code).toBe("forbidden");
    expect((await appError(() => requireGuestAccess(token, "pdf.export"))).code).toBe("forbidden");
  });

  it("unknown, malformed, expired and ended links are all 'linkInvalid'", async () => {
    const { token, respondentId } = await guest("guest", new Date(Date.now() - 1000));
    for (const t of [token, "x".repeat(43), "short", "%00"]) expect((await appError(() => requireGuestAccess(t, "answer"))).messageKey).toBe("linkInvalid");
    const fresh = await db().$transaction((tx) => renewGuestToken(tx, respondentId, inAMonth()));
    expect((await requireGuestAccess(fresh, "answer")).respondentId).toBe(respondentId);
    await db().$transaction((tx) => endGuestToken(tx, respondentId));
    expect((await appError(() => requireGuestAccess(fresh, "answer"))).messageKey).toBe("linkInvalid");
  });

  it("the origin's gate refuses (a closed workshop) and decides what may be started", async () => {
    const { token } = await guest("guest");
    const closed: GuestGate = {
      async check(_id, action) {
        if (action === "answer") throw new AppError("conflict", "workshopClosed");
      },
      async offers() {
        return [{ key: KEY, perspective: "self" }];
      },
    };
    gates.workshop = closed;
    expect((await appError(() => requireGuestAccess(token, "answer"))).messageKey).toBe("workshopClosed");
    const reading = await requireGuestAccess(token, "results.read");
    await expect(requireOffered(reading, { questionnaireKey: KEY, perspective: "self" })).resolves.toBeUndefined();
    expect((await appError(() => requireOffered(reading, { questionnaireKey: "trust", perspective: "self" }))).messageKey).toBe("guestNotOffered");
  });
});
