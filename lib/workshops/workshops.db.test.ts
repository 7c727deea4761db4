import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { appError } from "../testing/app-error";
import { contentRegistry } from "../content";
import { requireAccess } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { startAssessment, saveAnswers, submitAssessment } from "../assessments/mutations";
import { requireGuestAccess } from "../guests/access";
import { guestOffers } from "../guests/offers";
import { createWorkshop, setWorkshopStatus } from "./mutations";
import { requireWorkshop } from "./access";
import { joinAsColleague, joinWorkshop, MAX_WORKSHOP_PARTICIPANTS, previewJoin } from "./join";
import { liveState } from "./publish";
import { consentedCompanies } from "./queries";
import { createClaimCode, newColleagueLink, setConsent } from "./participant";
import { redeemClaim } from "./claim";
import { formatJoinCode } from "./join-code";

const KEY = "digital-readiness";
const today = () => new Date().toISOString().slice(0, 10);

describeEachDb("workshops", ({ db }) => {
  const q = contentRegistry().latest(KEY)!;
  const mk = async (email: string): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email, name: null, passwordHash: "x" } });
    return { id: u.id, email: u.email, name: u.name };
  };
  let advisor: SessionUser;
  let other: SessionUser;
  let workshopId: string;
  let code: string;
  const tokens: string[] = [];

  const join = (name: string, consent = false) => joinWorkshop(code, { companyName: name, industry: "C", sizeBand: "10-49", region: "SN", consent }, []);
  /** the participant answers every item with one level (0-4) and submits */
  const finish = async (token: string, level: number) => {
    const ctx = await requireGuestAccess(token, "answer");
    const { id } = await startAssessment(ctx, KEY, "self");
    const answers = Object.fromEntries(q.scoring!.items.map((i) => [i.id, level]));
    const { revision } = await saveAnswers(ctx, id, { answers, currentPage: 0, revision: 0 });
    await submitAssessment(ctx, id, revision);
  };
  const state = async () => liveState(await requireWorkshop(advisor, workshopId));

  beforeAll(async () => {
    advisor = await mk("berta@kammer.example");
    other = await mk("otto@anders.example");
    const w = await createWorkshop(advisor, { title: "Digitalisierung im Handwerk", date: today(), place: "Kammer, Saal 2", questionnaires: [KEY], k: 5 });
    workshopId = w.id;
    code = (await db().workshop.findUniqueOrThrow({ where: { id: w.id } })).joinCode;
  });

  it("belongs to its advisor only; a wrong code says so; the code is read in any case and with a dash", async () => {
    expect((await appError(() => requireWorkshop(other, workshopId))).messageKey).toBe("workshopNotFound");
    expect((await appError(() => previewJoin("ZZZZZZZZ", []))).messageKey).toBe("joinCodeUnknown");
    expect((await appError(() => previewJoin("nonsense!", []))).messageKey).toBe("joinCodeUnknown");
    expect(await previewJoin(formatJoinCode(code).toLowerCase(), [])).toMatchObject({ title: "Digitalisierung im Handwerk", state: "open" });
  });

  it("a participant joins without an account: a company without members, a guest respondent, the workshop's questionnaires", async () => {
    const { token } = await join("Tischlerei Eins");
    tokens.push(token);
    const ctx = await requireGuestAccess(token, "answer");
    expect(await db().membership.count({ where: { companyId: ctx.companyId } })).toBe(0);
    expect(await guestOffers(ctx)).toEqual([{ key: KEY, perspective: "self" }]);
    expect(await db().workshopParticipant.count({ where: { workshopId, companyId: ctx.companyId } })).toBe(1);
  });

  it("no aggregate below k; the first state at k; the 6th company alone changes nothing; the 7th does; colleagues count once", async () => {
    for (const name of ["Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben"]) tokens.push((await join(`Betrieb ${name}`)).token);
    // a colleague of the first company, through the colleague link
    const first = await requireGuestAccess(tokens[0], "company.read");
    const link = await newColleagueLink(first);
    const colleague = await joinAsColleague(code, { colleague: new URL(link).searchParams.get("c")! }, []);
    await finish(tokens[0], 0);
    await finish(colleague.token, 4);
    for (const t of tokens.slice(1, 4)) await finish(t, 2);
    let s = await state();
    expect(s).toMatchObject({ companies: 7, participants: 8, finished: 4, publication: null, waiting: { reason: "belowK", missing: 1 } });
    expect(JSON.stringify(s)).not.toContain("mean");

    await finish(tokens[4], 2);
    // two projectors poll at once: the state is published once
    const [a, b] = await Promise.all([state(), state()]);
    expect(a.publication?.seq).toBe(1);
    expect(b.publication?.seq).toBe(1);
    expect(await db().workshopPublication.count({ where: { workshopId } })).toBe(1);
    s = await state();
    expect(s.publication).toMatchObject({ companyCount: 5 });
    // company one: mean of 0 and 100 points = 50, like the others (level 2 = 50 points): the mean stays 50
    const overall = s.publication!.aggregate.questionnaires[0].overall!;
    expect(overall.n).toBe(5);
    expect(JSON.stringify(s.publication)).not.toMatch(/Tischlerei|Betrieb/);

    await finish(tokens[5], 4);
    s = await state();
    expect(s).toMatchObject({ finished: 6, publication: { seq: 1, companyCount: 5 }, waiting: { reason: "waitingForMore", missing: 1 } });

    await finish(tokens[6], 4);
    s = await state();
    expect(s).toMatchObject({ finished: 7, publication: { seq: 2, companyCount: 7 }, waiting: { reason: "waitingForMore", missing: 2 } });
  });

  it("consent is an advisor grant: given, the advisor reads the company's results; withdrawn, no longer", async () => {
    const { token } = await join("Offen GmbH", true);
    const ctx = await requireGuestAccess(token, "company.read");
    await requireAccess(advisor, ctx.companyId, "results.read");
    expect((await consentedCompanies(await requireWorkshop(advisor, workshopId))).consented.map((c) => c.name)).toEqual(["Offen GmbH"]);
    await setConsent(ctx, false);
    expect((await appError(() => requireAccess(advisor, ctx.companyId, "results.read"))).code).toBe("not_found");
    expect((await consentedCompanies(await requireWorkshop(advisor, workshopId))).consented).toEqual([]);
    await setConsent(ctx, true);
    await requireAccess(advisor, ctx.companyId, "results.read");
    // someone else's company stays closed to the advisor
    const plain = await requireGuestAccess(tokens[1], "company.read");
    expect((await appError(() => requireAccess(advisor, plain.companyId, "results.read"))).code).toBe("not_found");
  });

  it("a participant takes the company into an account with the one-time code; the link ends; the code works once", async () => {
    const ctx = await requireGuestAccess(tokens[2], "results.read");
    const { code: claim } = await createClaimCode(ctx);
    const user = await mk("neu@betrieb-drei.example");
    const { companyId } = await redeemClaim(user, claim.toLowerCase(), []);
    expect(companyId).toBe(ctx.companyId);
    const m = await db().membership.findFirstOrThrow({ where: { companyId, userId: user.id } });
    expect(m.role).toBe("owner");
    const r = await db().respondent.findUniqueOrThrow({ where: { id: ctx.respondentId! } });
    expect(r).toMatchObject({ kind: "user", userId: user.id, tokenHash: null });
    expect((await appError(() => requireGuestAccess(tokens[2], "results.read"))).code).toBe("not_found");
    const second = await mk("zweiter@example.org");
    expect((await appError(() => redeemClaim(second, claim, []))).messageKey).toBe("claimCodeInvalid");
    // the result is the company's own now, and still counted in the workshop
    await requireAccess(user, companyId, "results.read");
    expect((await state()).finished).toBe(7);
  });

  it("a closed workshop refuses joins and answers, but its participants still read their results", async () => {
    await setWorkshopStatus(advisor, workshopId, "closed");
    expect((await appError(() => join("Zu spät KG"))).messageKey).toBe("workshopClosed");
    expect((await previewJoin(code, [])).state).toBe("closed");
    const refused = await appError(() => requireGuestAccess(tokens[1], "answer"));
    expect(refused).toMatchObject({ code: "conflict", messageKey: "workshopClosed" });
    await requireGuestAccess(tokens[1], "results.read");
    await setWorkshopStatus(advisor, workshopId, "open");
    await requireGuestAccess(tokens[1], "answer");
  });

  it("a past workshop says so", async () => {
    const w = await createWorkshop(advisor, { title: "Vor drei Monaten", date: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10), place: "Online", questionnaires: [KEY], k: 3 });
    const c = (await db().workshop.findUniqueOrThrow({ where: { id: w.id } })).joinCode;
    expect((await previewJoin(c, [])).state).toBe("past");
    expect((await appError(() => joinWorkshop(c, { companyName: "X GmbH", industry: "C", sizeBand: "1-9", region: "BE", consent: false }, []))).messageKey).toBe("workshopPast");
  });

  it("a typo in the year is refused at the date field: more than a year back or two years ahead", async () => {
    const now = new Date("2026-12-06T10:00:00Z");
    for (const date of ["2020-01-01", "2025-12-01", "2029-01-01", "9999-12-31"]) {
      const e = await appError(() => createWorkshop(advisor, { title: "Tippfehler", date, place: "Saal", questionnaires: [KEY], k: 3 }, now));
      expect([e.code, (e.details as { fieldKeys?: Record<string, string> } | undefined)?.fieldKeys?.date], date).toEqual(["unprocessable", "workshopDateOutOfRange"]);
    }
    for (const date of ["2025-12-07", "2026-12-06", "2028-12-01"]) expect((await createWorkshop(advisor, { title: "Passt", date, place: "Saal", questionnaires: [KEY], k: 3 }, now)).id, date).toBeTruthy();
  });

  it("a full workshop says so and refuses further joins, also two at the same moment; nothing of a refused join is stored", async () => {
    const w = await createWorkshop(advisor, { title: "Voller Saal", date: today(), place: "Kammer", questionnaires: [KEY], k: 3 });
    const c = (await db().workshop.findUniqueOrThrow({ where: { id: w.id } })).joinCode;
    const first = await joinWorkshop(c, { companyName: "Erster Betrieb", industry: "C", sizeBand: "1-9", region: "BE", consent: false }, []);
    const firstCtx = await requireGuestAccess(first.token, "company.read");
    // the seats up to one: guests of the first company, written directly
    const seats = MAX_WORKSHOP_PARTICIPANTS - 2;
    await db().respondent.createMany({ data: Array.from({ length: seats }, (_, i) => ({ id: `seat${i}x${w.id}`, companyId: firstCtx.companyId, kind: "guest", displayName: `Gast ${i}` })) });
    await db().workshopParticipant.createMany({ data: Array.from({ length: seats }, (_, i) => ({ workshopId: w.id, companyId: firstCtx.companyId, respondentId: `seat${i}x${w.id}` })) });
    expect((await previewJoin(c, [])).state).toBe("open");
    const companiesBefore = await db().company.count();
    // one seat left, two join at once: exactly one gets it
    const attempts = await Promise.allSettled(["Zweiter Betrieb", "Dritter Betrieb"].map((name) => joinWorkshop(c, { companyName: name, industry: "C", sizeBand: "1-9", region: "BE", consent: true }, [])));
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict", messageKey: "workshopFull" });
    expect(await db().workshopParticipant.count({ where: { workshopId: w.id } })).toBe(MAX_WORKSHOP_PARTICIPANTS);
    expect(await db().company.count()).toBe(companiesBefore + 1);
    expect((await previewJoin(c, [])).state).toBe("full");
    // a colleague of a company already in the workshop cannot take a seat either
    const link = await newColleagueLink(firstCtx);
    const colleague = await appError(() => joinAsColleague(c, { colleague: new URL(link).searchParams.get("c")! }, []));
    expect(colleague).toMatchObject({ code: "conflict", messageKey: "workshopFull" });
    expect(await db().workshopParticipant.count({ where: { workshopId: w.id } })).toBe(MAX_WORKSHOP_PARTICIPANTS);
    // the other workshop is not affected
    expect((await previewJoin(code, [])).state).toBe("open");
  });
});
