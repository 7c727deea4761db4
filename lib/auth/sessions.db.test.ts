import { it, expect, beforeAll } from "vitest";
import { describeEachDb, sqlLog } from "../testing/db";
import { activeSession, createSession, readPrincipal, revokeSession, SESSION_ABSOLUTE_MS } from "./sessions";
import { isAdvisor } from "../grants/queries";
import { createCompany } from "../companies/mutations";

describeEachDb("the session row with the header's advisor flag", ({ db }) => {
  let owner: { id: string; email: string };
  let advisor: { id: string; email: string };
  let companyId: string;
  const user = async (email: string) => db().user.create({ data: { email, name: email.split("@")[0], passwordHash: "x" }, select: { id: true, email: true } });
  const grant = (data: { acceptedAt?: Date | null; revokedAt?: Date | null; expiresAt?: Date }) =>
    db().advisorGrant.create({
      data: { companyId, advisorEmail: advisor.email, advisorUserId: advisor.id, scopes: ["results"], tokenHash: `h-${Math.random()}`, expiresAt: new Date(Date.now() + 86_400_000), acceptedAt: new Date(), ...data },
    });

  beforeAll(async () => {
    owner = await user("olga@werk-gmbh.de");
    advisor = await user("arne@kammer.example");
    companyId = (await createCompany(owner, { name: "Werk GmbH", industry: "C", sizeBand: "10-49", region: "BE" })).id;
  });

  it("reads both in one statement, and says the same as isAdvisor's count", async () => {
    const sid = await createSession(advisor.id);
    const check = async () => {
      sqlLog.length = 0;
      const s = await activeSession(sid, advisor.id);
      expect(sqlLog).toHaveLength(1);
      expect(s).not.toBeNull();
      expect(s!.advisor).toBe(await isAdvisor({ id: advisor.id, email: advisor.email }));
      return s!.advisor;
    };
    expect(await check()).toBe(false);
    await grant({ acceptedAt: null }); // not accepted yet
    await grant({ revokedAt: new Date() });
    await grant({ expiresAt: new Date(Date.now() - 1000) });
    expect(await check()).toBe(false);
    await grant({});
    expect(await check()).toBe(true);
    expect((await activeSession(await createSession(owner.id), owner.id))!.advisor).toBe(false);
  });

  it("is null for a revoked session, one past its lifetime and another user's", async () => {
    const sid = await createSession(owner.id);
    expect(await activeSession(sid, advisor.id)).toBeNull();
    expect(await activeSession(sid, owner.id, new Date(Date.now() + SESSION_ABSOLUTE_MS + 1000))).toBeNull();
    await revokeSession(sid);
    expect(await activeSession(sid, owner.id)).toBeNull();
    expect(await activeSession("nope", owner.id)).toBeNull();
  });
});

describeEachDb("the session check with the memberships a company page asks for", ({ db }) => {
  it("reads the session and each asked membership with its company's name in one statement; none for an ended session", async () => {
    const u = await db().user.create({ data: { email: "mia@zwei-gmbh.de", name: "Mia", passwordHash: "x" }, select: { id: true, email: true } });
    const other = await db().user.create({ data: { email: "ole@fremd.de", name: "Ole", passwordHash: "x" }, select: { id: true, email: true } });
    const mine = (await createCompany(u, { name: "Zwei GmbH", industry: "C", sizeBand: "10-49", region: "BE" })).id;
    const foreign = (await createCompany(other, { name: "Fremd AG", industry: "C", sizeBand: "1-9", region: "HH" })).id;
    const sid = await createSession(u.id);
    sqlLog.length = 0;
    const r = await readPrincipal(sid, u.id, [mine, foreign, "kein-unternehmen"]);
    expect(sqlLog).toHaveLength(1);
    expect(r.session).toEqual({ advisor: false });
    expect([...r.members.entries()]).toEqual([[mine, { role: "owner", companyName: "Zwei GmbH" }]]);
    expect((await readPrincipal(sid, u.id, [])).members.size).toBe(0);
    await revokeSession(sid);
    expect(await readPrincipal(sid, u.id, [mine])).toEqual({ session: null, members: new Map() });
  });
});
