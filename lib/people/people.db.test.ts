import { it, expect, beforeAll } from "vitest";
import { describeEachDb, sqlLog } from "../testing/db";
import { appError } from "../testing/app-error";
import { createCompany } from "../companies/mutations";
import { recordOutsiderRead, requireAccess, type CompanyContext } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { startAssessment } from "../assessments/mutations";
import { acceptInvitation, createInvitation, previewInvitation, remind, revokeInvitation } from "./invitations";
import { changeRole, listPeople, removeMember, transferOwnership } from "./members";
import { acceptGrant, createGrant, revokeGrant } from "../grants/mutations";
import { dateFormat, endOfDayInGermany } from "../i18n/config";
import { listGrants, portfolio } from "../grants/queries";
import { readAccessLog } from "../audit/queries";
import { audit } from "../audit/write";
import { createSession, revokeSession, sessionActive, SESSION_ABSOLUTE_MS } from "../auth/sessions";

const tokenOf = (link: string) => link.split("/").pop()!;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describeEachDb("people, grants and the access log", ({ db }) => {
  const mk = async (email: string, name: string): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email, name, passwordHash: "x" } });
    return { id: u.id, email: u.email, name: u.name };
  };
  let owner: SessionUser, colleague: SessionUser, advisor: SessionUser, stranger: SessionUser;
  let ctx: CompanyContext;
  let companyId: string;

  beforeAll(async () => {
    owner = await mk("olga@werk.de", "Olga");
    colleague = await mk("karl@werk.de", "Karl");
    advisor = await mk("berta@ihk.example", "Berta");
    stranger = await mk("sam@anders.de", "Sam");
    companyId = (await createCompany(owner, { name: "Werk GmbH", industry: "C", sizeBand: "10-49", region: "SN" })).id;
    ctx = await requireAccess(owner, companyId, "members.manage");
  });

  it("takes the membership the caller read with the session (null: none, then grants) instead of reading it again", async () => {
    sqlLog.length = 0;
    const pre = await requireAccess(owner, companyId, "company.read", { role: "owner", companyName: "Werk GmbH" });
    expect(sqlLog).toHaveLength(0);
    expect(pre).toMatchObject({ companyId, companyName: "Werk GmbH", role: "owner" });
    expect((await appError(() => requireAccess(stranger, companyId, "company.read", null))).code).toBe("not_found");
    expect(sqlLog).toHaveLength(1); // the grants, as for anyone who is not a member
  });

  it("an invitation link makes the colleague a member once; a second use, a revoked and an unknown link look the same", async () => {
    const { link, emailed } = await createInvitation(ctx, { role: "member" });
    expect(emailed).toBe(false);
    expect(await previewInvitation(tokenOf(link))).toMatchObject({ companyName: "Werk GmbH", role: "member", email: null });
    // the token is stored only as its hash
    expect(await db().invitation.count({ where: { tokenHash: tokenOf(link) } })).toBe(0);
    await acceptInvitation(colleague, tokenOf(link));
    const cctx = await requireAccess(colleague, companyId, "answer");
    expect(cctx.via).toEqual({ kind: "membership", role: "member" });
    expect(cctx.companyName).toBe("Werk GmbH");
    expect((await appError(() => requireAccess(colleague, companyId, "members.manage"))).messageKey).toBe("ownersOnly");
    expect((await appError(() => acceptInvitation(stranger, tokenOf(link)))).messageKey).toBe("linkInvalid");
    expect((await appError(() => acceptInvitation(stranger, "A".repeat(43)))).messageKey).toBe("linkInvalid");
    expect((await appError(() => acceptInvitation(stranger, "kurz"))).messageKey).toBe("linkInvalid");
    const second = await createInvitation(ctx, { role: "owner" });
    const inv = await db().invitation.findFirstOrThrow({ where: { companyId, acceptedAt: null, revokedAt: null } });
    await revokeInvitation(ctx, inv.id);
    expect((await appError(() => acceptInvitation(stranger, tokenOf(second.link)))).messageKey).toBe("linkInvalid");
    expect((await appError(() => revokeInvitation(ctx, inv.id))).messageKey).toBe("invitationNotFound");
  });

  it("an e-mail invitation goes to the outbox, is only for that address, expires, and refuses existing members", async () => {
    expect((await appError(() => createInvitation(ctx, { email: "karl@werk.de", role: "member" }))).messageKey).toBe("alreadyMember");
    const { link } = await createInvitation(ctx, { email: "nina@werk.de", role: "member" });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: "nina@werk.de" } });
    expect(mail.text).toContain(link);
    expect(mail.sentAt).toBeNull();
    expect((await appError(() => acceptInvitation(stranger, tokenOf(link)))).messageKey).toBe("invitationForOther");
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect((await appError(() => previewInvitation(tokenOf(link), later))).messageKey).toBe("linkInvalid");
    // a reminder sends a fresh link; the first one stops working
    const invitation = await db().invitation.findFirstOrThrow({ where: { email: "nina@werk.de" } });
    await remind(ctx, { invitationId: invitation.id });
    expect((await appError(() => previewInvitation(tokenOf(link)))).messageKey).toBe("linkInvalid");
    expect((await appError(() => remind(ctx, { invitationId: invitation.id }))).messageKey).toBe("remindedRecently");
    const fresh = (await db().outboxMail.findMany({ where: { to: "nina@werk.de" }, orderBy: { createdAt: "desc" } }))[0];
    expect(fresh.text).toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
  });

  it("the owner sees who started and who finished; the last owner can neither leave nor be demoted", async () => {
    const cctx = await requireAccess(colleague, companyId, "answer");
    await startAssessment(cctx, "digital-readiness", "self");
    const { people } = await listPeople(ctx);
    expect(people.map((p) => [p.email, p.role, p.progress.map((s) => s.status)])).toEqual([
      ["olga@werk.de", "owner", []],
      ["karl@werk.de", "member", ["draft"]],
    ]);
    expect((await appError(() => removeMember(ctx, owner.id))).messageKey).toBe("lastOwner");
    expect((await appError(() => changeRole(ctx, owner.id, "member"))).messageKey).toBe("lastOwner");
    await remind(ctx, { userId: colleague.id });
    expect((await appError(() => remind(ctx, { userId: colleague.id }))).messageKey).toBe("remindedRecently");
  });

  it("ownership can be handed over, and a removed member is refused on the next request", async () => {
    await transferOwnership(ctx, colleague.id);
    const karl = await requireAccess(colleague, companyId, "members.manage");
    expect((await appError(() => requireAccess(owner, companyId, "members.manage"))).messageKey).toBe("ownersOnly");
    await changeRole(karl, owner.id, "owner");
    await removeMember(karl, owner.id);
    expect((await appError(() => requireAccess(owner, companyId, "company.read"))).code).toBe("not_found");
    // back as it was for the next tests
    await db().membership.create({ data: { userId: owner.id, companyId, role: "owner" } });
    await changeRole(await requireAccess(owner, companyId, "members.manage"), colleague.id, "member");
    ctx = await requireAccess(owner, companyId, "members.manage");
  });

  it("an advisor grant: consent rules, acceptance by the right account, chosen parts only, logged reads, revocation at once", async () => {
    expect((await appError(() => createGrant(ctx, { email: "olga@werk.de", scopes: [], until: inDays(30) }))).messageKey).toBe("grantToSelf");
    expect((await appError(() => createGrant(ctx, { email: "karl@werk.de", scopes: [], until: inDays(30) }))).messageKey).toBe("grantToMember");
    expect((await appError(() => createGrant(ctx, { email: "berta@ihk.example", scopes: [], until: inDays(-1) }))).messageKey).toBe("endDateInPast");
    expect((await appError(() => createGrant(ctx, { email: "berta@ihk.example", scopes: [], until: inDays(400) }))).messageKey).toBe("endDateTooFar");
    const { link } = await createGrant(ctx, { email: "berta@ihk.example", scopes: ["pdfs"], until: inDays(30) });
    // not in force before it is accepted
    expect((await appError(() => requireAccess(advisor, companyId, "results.read"))).code).toBe("not_found");
    expect((await appError(() => acceptGrant(stranger, tokenOf(link)))).messageKey).toBe("grantForOther");
    await acceptGrant(advisor, tokenOf(link));
    expect((await appError(() => acceptGrant(advisor, tokenOf(link)))).messageKey).toBe("linkInvalid");
    const actx = await requireAccess(advisor, companyId, "results.read");
    expect(actx.via.kind).toBe("grant");
    expect(actx.companyName).toBe("Werk GmbH");
    await recordOutsiderRead(actx, "results.read", "/companies/x/dashboard");
    await recordOutsiderRead(await requireAccess(advisor, companyId, "pdf.export"), "pdf.export", "plan.pdf");
    expect((await appError(() => requireAccess(advisor, companyId, "answers.read"))).messageKey).toBe("notGranted");
    expect((await appError(() => requireAccess(advisor, companyId, "answer"))).messageKey).toBe("notGranted");
    expect((await appError(() => requireAccess(advisor, companyId, "plan.edit"))).code).toBe("forbidden");
    const [entry] = await portfolio(advisor);
    expect(entry).toMatchObject({ companyId, name: "Werk GmbH", scopes: ["pdfs"], overall: null, band: null });
    // "bis einschließlich" the chosen day in German time: shown as that day, not the next (it ran to 01:59 of the next day)
    expect(entry.expiresAt.getTime()).toBe(endOfDayInGermany(inDays(30)).getTime());
    expect(dateFormat("de", { dateStyle: "medium" }).format(entry.expiresAt)).toBe(dateFormat("de", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${inDays(30)}T12:00:00Z`)));
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: "berta@ihk.example" }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain(`bis einschließlich ${dateFormat("de", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${inDays(30)}T12:00:00Z`))}.`);

    const log = await readAccessLog(ctx);
    expect(log.check).toMatchObject({ ok: true });
    const reads = log.entries.filter((e) => e.outsider && e.action.startsWith("read."));
    expect(reads.map((e) => [e.actor, e.action, e.target])).toEqual([
      ["berta@ihk.example", "read.pdf.export", "plan.pdf"],
      ["berta@ihk.example", "read.results.read", "/companies/x/dashboard"],
    ]);
    // members' own reads are not logged as outside reads
    await recordOutsiderRead(await requireAccess(colleague, companyId, "results.read"), "results.read", "/companies/x/dashboard");
    expect((await readAccessLog(ctx)).entries.some((e) => e.actor === "karl@werk.de" && e.action.startsWith("read."))).toBe(false);
    // only the advisor's entries are from outside: the colleague who joined by invitation is the company's own
    const outside = (await readAccessLog(ctx)).entries.filter((e) => e.outsider);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((e) => e.via.startsWith("grant:"))).toBe(true);
    expect((await readAccessLog(ctx)).entries.find((e) => e.action === "member.join")).toMatchObject({ actor: "karl@werk.de", via: "token:invitation", outsider: false });

    // a second grant to the same advisor replaces the first once accepted: one active grant in the owner's list, the parts of the new one
    const first = (await listGrants(ctx)).find((g) => g.email === "berta@ihk.example")!;
    const second = await createGrant(ctx, { email: "berta@ihk.example", scopes: ["answers"], until: inDays(60) });
    expect((await requireAccess(advisor, companyId, "pdf.export")).via.kind).toBe("grant"); // the first holds until the second is accepted
    await acceptGrant(advisor, tokenOf(second.link));
    const states = (await listGrants(ctx)).filter((g) => g.email === "berta@ihk.example").map((g) => [g.id === first.id ? "first" : "second", g.state]);
    expect(states.sort()).toEqual([["first", "revoked"], ["second", "active"]]);
    expect((await appError(() => requireAccess(advisor, companyId, "pdf.export"))).messageKey).toBe("notGranted");
    expect((await requireAccess(advisor, companyId, "answers.read")).via.kind).toBe("grant");
    expect((await readAccessLog(ctx)).entries.find((e) => e.action === "grant.revoke" && e.target === first.id)?.meta).toMatchObject({ replacedBy: expect.any(String) });

    // a newer link to the same address ends an older one that was never accepted: accepting the old link later cannot undo the owner's latest choice
    const wider = await createGrant(ctx, { email: "berta@ihk.example", scopes: ["answers", "pdfs"], until: inDays(60) });
    const narrower = await createGrant(ctx, { email: "berta@ihk.example", scopes: [], until: inDays(60) });
    expect((await appError(() => acceptGrant(advisor, tokenOf(wider.link)))).messageKey).toBe("linkInvalid");
    await acceptGrant(advisor, tokenOf(narrower.link));
    expect((await appError(() => requireAccess(advisor, companyId, "answers.read"))).messageKey).toBe("notGranted");
    expect((await listGrants(ctx)).filter((g) => g.email === "berta@ihk.example" && g.state === "active")).toHaveLength(1);

    const grant = (await listGrants(ctx)).find((g) => g.email === "berta@ihk.example" && g.state === "active")!;
    expect(grant.state).toBe("active");
    await revokeGrant(ctx, grant.id);
    expect((await appError(() => requireAccess(advisor, companyId, "results.read"))).code).toBe("not_found");
    expect((await appError(() => revokeGrant(ctx, grant.id))).messageKey).toBe("grantAlreadyRevoked");
    expect(await portfolio(advisor)).toEqual([]);
  });

  it("the log is tamper-evident: an edited entry breaks the chain, and concurrent writers never fork it", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => db().$transaction((tx) => audit(tx, { companyId, userId: owner.id, actor: owner.email, via: "membership:owner", action: "plan.update", target: `m${i}` }))));
    const ok = await readAccessLog(ctx, 1000);
    expect(ok.check).toMatchObject({ ok: true, legacy: 0 });
    const seqs = ok.entries.map((e) => e.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    const victim = await db().auditEvent.findFirstOrThrow({ where: { chain: companyId, target: "m3" } });
    await db().auditEvent.update({ where: { id: victim.id }, data: { actor: "jemand@anders.de" } });
    const broken = await readAccessLog(ctx, 1000);
    expect(broken.check).toMatchObject({ ok: false, brokenAt: victim.seq, reason: "hash" });
    await db().auditEvent.update({ where: { id: victim.id }, data: { actor: owner.email } });
    expect((await readAccessLog(ctx, 1000)).check.ok).toBe(true);
  });

  it("sessions end when revoked and after their absolute lifetime", async () => {
    const sid = await createSession(owner.id);
    expect(await sessionActive(sid, owner.id)).toBe(true);
    expect(await sessionActive(sid, colleague.id)).toBe(false);
    expect(await sessionActive(sid, owner.id, new Date(Date.now() + SESSION_ABSOLUTE_MS + 1000))).toBe(false);
    await revokeSession(sid);
    expect(await sessionActive(sid, owner.id)).toBe(false);
  });
});
