import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { appError } from "../testing/app-error";
import { createCompany, deleteCompany, updateCompany } from "../companies/mutations";
import { requireAccess } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession, sessionActive } from "../auth/sessions";
import { startAssessment } from "../assessments/mutations";
import { changePassword, confirmPasswordReset, deleteAccount, requestPasswordReset } from "./account";

describeEachDb("account and company data rights", ({ db }) => {
  let anna: SessionUser;
  let ben: SessionUser;
  const PW = "Alt-Passwort-2026!";
  beforeAll(async () => {
    const mk = async (email: string, name: string) => {
      const u = await db().user.create({ data: { email, name, passwordHash: await hashPassword(PW) } });
      return { id: u.id, email: u.email, name: u.name };
    };
    anna = await mk("anna@konto.de", "Anna");
    ben = await mk("ben@konto.de", "Ben");
  });

  it("changing the password needs the current one and ends the other sessions", async () => {
    const current = await createSession(anna.id);
    const other = await createSession(anna.id);
    expect((await appError(() => changePassword({ ...anna, sessionId: current }, "falsch", "Neu-Passwort-2026!"))).messageKey).toBe("wrongPassword");
    // the new password is checked against the user's own name and address too
    expect((await appError(() => changePassword({ ...anna, sessionId: current }, PW, "anna@konto.de-2026"))).messageKey).toBe("passwordPersonal");
    await changePassword({ ...anna, sessionId: current }, PW, "Neu-Passwort-2026!");
    expect(await sessionActive(current, anna.id)).toBe(true);
    expect(await sessionActive(other, anna.id)).toBe(false);
    const u = await db().user.findUniqueOrThrow({ where: { id: anna.id } });
    expect(await verifyPassword(u.passwordHash, "Neu-Passwort-2026!")).toBe(true);
  });

  it("a reset link sets a new password once and ends all sessions; unknown addresses get no mail", async () => {
    await requestPasswordReset("niemand@konto.de");
    expect(await db().outboxMail.count({ where: { to: "niemand@konto.de" } })).toBe(0);
    const s = await createSession(ben.id);
    await requestPasswordReset("ben@konto.de");
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: "ben@konto.de" } });
    const token = /\/password-reset\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    expect((await appError(() => confirmPasswordReset(token, "Ganz-Neu-2026!", new Date(Date.now() + 61 * 60_000)))).messageKey).toBe("linkInvalid");
    await confirmPasswordReset(token, "Ganz-Neu-2026!");
    expect(await sessionActive(s, ben.id)).toBe(false);
    expect((await appError(() => confirmPasswordReset(token, "Noch-Neuer-2026!"))).messageKey).toBe("linkInvalid");
    const u = await db().user.findUniqueOrThrow({ where: { id: ben.id } });
    expect(await verifyPassword(u.passwordHash, "Ganz-Neu-2026!")).toBe(true);
  });

  it("edits the company, and deletes it with all its data only when the typed name matches", async () => {
    const { id } = await createCompany(anna, { name: "Lösch & Co", industry: "C", sizeBand: "1-9", region: "BY" });
    const ctx = await requireAccess(anna, id, "company.manage");
    await updateCompany(ctx, { name: "Lösch & Co KG", industry: "G", sizeBand: "10-49", region: "HE" });
    expect(await db().company.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Lösch & Co KG", industry: "G" });
    await startAssessment(ctx, "digital-readiness", "self");
    expect((await appError(() => deleteCompany(ctx, "Lösch"))).messageKey).toBe("confirmNameMismatch");
    await deleteCompany(ctx, "Lösch & Co KG");
    expect(await db().company.count({ where: { id } })).toBe(0);
    expect(await db().assessment.count({ where: { companyId: id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { chain: id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { chain: "instance", action: "company.delete", target: id } })).toBe(1);
  });

  it("deleting an account: solo companies go with it, shared ones keep the answers; the last owner of a shared company must hand over first", async () => {
    const solo = await createCompany(ben, { name: "Nur Ben", industry: "C", sizeBand: "1-9", region: "BY" });
    const shared = await createCompany(ben, { name: "Geteilt", industry: "C", sizeBand: "1-9", region: "BY" });
    await db().membership.create({ data: { userId: anna.id, companyId: shared.id, role: "member" } });
    await startAssessment(await requireAccess(ben, shared.id, "answer"), "digital-readiness", "self");
    expect((await appError(() => deleteAccount(ben, "Ganz-Neu-2026!"))).messageKey).toBe("transferBeforeDelete");
    await db().membership.update({ where: { userId_companyId: { userId: anna.id, companyId: shared.id } }, data: { role: "owner" } });
    expect((await appError(() => deleteAccount(ben, "falsch"))).messageKey).toBe("wrongPassword");
    await deleteAccount(ben, "Ganz-Neu-2026!");
    expect(await db().user.count({ where: { id: ben.id } })).toBe(0);
    expect(await db().company.count({ where: { id: solo.id } })).toBe(0);
    const r = await db().respondent.findFirstOrThrow({ where: { companyId: shared.id } });
    expect(r).toMatchObject({ userId: null, displayName: "Ehemaliges Mitglied" });
    expect(await db().assessment.count({ where: { companyId: shared.id } })).toBe(1);
  });
});
