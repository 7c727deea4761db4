import { it, expect, beforeAll, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { describeEachDb, sqlLog } from "../testing/db";
import { createCompany } from "../companies/mutations";
import { requireCompany, type CompanyContext } from "../auth/access";
import { createSession, revokeSession } from "../auth/sessions";
import { contentRegistry } from "../content";
import { startAssessment, submitAssessment } from "../assessments/mutations";
import { autosaveFront } from "./autosave-front";

const SECRET = vi.hoisted(() => (process.env.NEXTAUTH_SECRET = "front-test-secret-front-test-secret-0123"));
const KEY = "digital-readiness";
const HOST = "kompass.example.org";

describeEachDb("the autosave front", ({ db }) => {
  const item = contentRegistry().latest(KEY)!.scoring!.items[0].id;
  let companyId: string;
  let ctx: CompanyContext;
  let owner: { id: string; email: string; sessionId: string; cookie: string };
  let stranger: typeof owner;
  let colleague: typeof owner;
  let advisor: typeof owner;

  const user = async (email: string) => {
    const u = await db().user.create({ data: { email, name: email.split("@")[0], passwordHash: "x" } });
    const sessionId = await createSession(u.id);
    const jwt = await encode({ token: { uid: u.id, sid: sessionId, email }, secret: SECRET });
    return { id: u.id, email, sessionId, cookie: `kmu-locale=de; next-auth.session-token=${jwt}` };
  };
  const stored = (id: string) => db().assessment.findUniqueOrThrow({ where: { id }, select: { answers: true, revision: true } });
  /** What the front answers for a PUT of `body` (null: it declines and Next answers). */
  const put = (id: string, body: unknown, headers: Record<string, string> = {}, company = companyId, cookie = owner.cookie) =>
    autosaveFront.answer(
      { companyId: company, assessmentId: id },
      { headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json", cookie, ...headers }, encrypted: false, body: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)) },
    );

  beforeAll(async () => {
    owner = await user("sina@speicher-gmbh.de");
    stranger = await user("otto@andere-kg.de");
    companyId = (await createCompany(owner, { name: "Speicher GmbH", industry: "C", sizeBand: "10-49", region: "BE" })).id;
    await createCompany(stranger, { name: "Andere KG", industry: "G", sizeBand: "1-9", region: "HH" });
    ctx = await requireCompany(owner, companyId);
    colleague = await user("clara@speicher-gmbh.de");
    await db().membership.create({ data: { userId: colleague.id, companyId, role: "member" } });
    advisor = await user("anna@kammer.example");
    await db().advisorGrant.create({
      data: { companyId, advisorEmail: advisor.email, advisorUserId: advisor.id, scopes: ["results", "answers", "plan"], tokenHash: `t-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000), acceptedAt: new Date() },
    });
  });

  it("reads the scheme behind a TLS proxy as the route does (X-Forwarded-Proto)", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const behindTls = { "x-forwarded-proto": "https" };
    expect(await put(id, { revision: 0, answers: {}, currentPage: 0 }, { ...behindTls, origin: `http://${HOST}` })).toBeNull(); // the route: 403
    expect(await put(id, { revision: 0, answers: {}, currentPage: 0 }, { ...behindTls, origin: `https://${HOST}` })).toMatchObject({ status: 200 });
  });

  it("matches only a PUT to a member's autosave path", () => {
    expect(autosaveFront.match("PUT", "/api/companies/c1/assessments/a1")).toEqual({ companyId: "c1", assessmentId: "a1" });
    expect(autosaveFront.match("GET", "/api/companies/c1/assessments/a1")).toBeNull();
    expect(autosaveFront.match("PUT", "/api/companies/c1/assessments/a1/submit")).toBeNull();
    expect(autosaveFront.match("PUT", "/api/companies/C%31/assessments/a1")).toBeNull();
    expect(autosaveFront.match("PUT", "/api/g/tok/assessments/a1")).toBeNull();
  });

  it("answers a save that wrote with the route's answer and headers, in one SQL statement", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    expect(await put(id, { revision: 0, answers: { [item]: 2 }, currentPage: 1 })).toMatchObject({ status: 200 }); // the questionnaire is read once per process
    sqlLog.length = 0;
    const answer = await put(id, { revision: 1, answers: { [item]: 3 }, currentPage: 2 });
    expect(sqlLog.filter((s) => !/rate.?limit/i.test(s))).toHaveLength(1);
    expect(answer!.status).toBe(200);
    expect(JSON.parse(answer!.body)).toMatchObject({ revision: 2 });
    expect(answer!.headers["content-type"]).toBe("application/json");
    expect(answer!.headers["Content-Security-Policy"]).toContain("default-src 'self'");
    expect(answer!.headers["X-Frame-Options"]).toBe("DENY");
    expect(answer!.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(await stored(id)).toEqual({ answers: { [item]: 3 }, revision: 2 });
  });

  it("declines, writing nothing, whatever the Next route must answer with a reason", async () => {
    const { id } = await startAssessment(ctx, KEY, "self");
    const ok = { revision: 0, answers: { [item]: 2 }, currentPage: 1 };
    const declined = [
      await put(id, ok, { origin: "https://evil.example" }), // 403 cross-site
      await put(id, ok, { "sec-fetch-site": "cross-site" }),
      await put(id, ok, { "content-type": "text/plain" }), // 415
      await put(id, ok, {}, companyId, "kmu-locale=de"), // 401 without a session
      await put(id, ok, {}, companyId, "next-auth.session-token=junk"),
      await put(id, ok, {}, companyId, stranger.cookie), // 404 for another company's member
      await put(id, ok, {}, "c0000000000000000000000"), // 404
      await put(id, "{not json"), // 400
      await put(id, "{\"revision\":0,\"answers\":{\"x\":\"\\u0000\"},\"currentPage\":0}"), // 400 NUL
      await put(id, { ...ok, revision: 2 ** 40 }), // 400 overflow
      await put(id, { ...ok, revision: 5 }), // 409 stale
      await put(id, { ...ok, answers: { [item]: 99 } }), // 422
    ];
    expect(declined).toEqual(declined.map(() => null));
    expect(await stored(id)).toMatchObject({ revision: 0 });
    // the same save goes through for the owner, and a colleague's own draft is theirs to save
    const colleagueDraft = await startAssessment(await requireCompany(colleague, companyId), KEY, "self");
    expect(await put(colleagueDraft.id, ok, {}, companyId, owner.cookie)).toBeNull(); // 403: not one's own
    expect(await put(id, ok, {}, companyId, colleague.cookie)).toBeNull();
    expect(await put(id, ok, {}, companyId, advisor.cookie)).toBeNull(); // an advisor answers nothing of the company's
    expect(await put(colleagueDraft.id, ok, {}, companyId, colleague.cookie)).toMatchObject({ status: 200 });
    // submitted: 409
    const done = await startAssessment(ctx, KEY, "self");
    await submitAssessment(ctx, done.id, 0);
    expect(await put(done.id, { ...ok, revision: 1 })).toBeNull();
    expect(await put(done.id, ok)).toBeNull();
    expect(await stored(id)).toMatchObject({ revision: 0 });
    await revokeSession(owner.sessionId);
    expect(await put(id, ok)).toBeNull(); // an ended session: 401
    expect(await stored(id)).toMatchObject({ revision: 0 });
  });
});
