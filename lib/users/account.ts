import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/sessions";
import { audit } from "../audit/write";
import { deliver, queueMail } from "../mail/send";
import { hashToken, newToken, tokenPattern } from "../people/tokens";
import { appUrl } from "../people/links";
import { resetMail } from "../people/mails";
import { checkPasswordStrength } from "./password-policy";

const RESET_MINUTES = 60;

async function checkPassword(userId: string, password: string) {
  const u = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(u.passwordHash, password))) throw new AppError("unprocessable", "wrongPassword", { fieldKeys: { currentPassword: "wrongPassword" } });
}

/** Changes the password; every other session of the user ends (a copied cookie stops working). */
export async function changePassword(user: SessionUser, current: string, next: string) {
  await checkPassword(user.id, current);
  const verdict = checkPasswordStrength(next, { email: user.email, name: user.name });
  if (!verdict.ok) throw new AppError("unprocessable", verdict.reason, { fieldKeys: { password: verdict.reason } });
  const passwordHash = await hashPassword(next);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await audit(tx, { companyId: null, userId: user.id, actor: user.email, via: "session", action: "account.password" });
  });
  await revokeUserSessions(user.id, user.sessionId);
}

/**
 * Asks for a reset link. The answer is the same whether the address has an account or not; the
 * mail goes to the outbox / SMTP only for an existing account.
 */
export async function requestPasswordReset(email: string, now = new Date()) {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const { token, hash } = newToken();
  const mailId = await db().$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hash, expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000) } });
    await audit(tx, { companyId: null, userId: user.id, actor: user.email, via: "public", action: "account.reset.request" });
    return queueMail(tx, resetMail({ to: user.email, link: appUrl(`/password-reset/${token}`), minutes: RESET_MINUTES }));
  });
  await deliver(mailId);
}

/** Sets a new password with a reset link; all sessions of the account end. Unknown, used and expired links look the same. */
export async function confirmPasswordReset(token: string, password: string, now = new Date()) {
  if (!tokenPattern.test(token)) throw new AppError("not_found", "linkInvalid");
  const r = await db().passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true } } } });
  if (!r || r.usedAt || r.expiresAt.getTime() <= now.getTime()) throw new AppError("not_found", "linkInvalid");
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { id: r.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) throw new AppError("not_found", "linkInvalid");
    await tx.user.update({ where: { id: r.userId }, data: { passwordHash } });
    await audit(tx, { companyId: null, userId: r.userId, actor: r.user.email, via: "token:reset", action: "account.reset" });
  });
  await revokeUserSessions(r.userId);
}

/**
 * Deletes the account. Companies where the user is the only member are deleted with it (all their
 * data); where others remain, the user must first hand over ownership if they are the last owner.
 * Answers given for a company stay with it, under "Ehemaliges Mitglied".
 */
export async function deleteAccount(user: SessionUser, password: string) {
  await checkPassword(user.id, password);
  await db().$transaction(async (tx) => {
    const memberships = await tx.membership.findMany({ where: { userId: user.id }, include: { company: { select: { id: true, memberships: { select: { userId: true, role: true } } } } } });
    const solo: string[] = [];
    for (const m of memberships) {
      const others = m.company.memberships.filter((x) => x.userId !== user.id);
      if (!others.length) solo.push(m.companyId);
      else if (m.role === "owner" && !others.some((x) => x.role === "owner")) throw new AppError("conflict", "transferBeforeDelete");
    }
    for (const m of memberships) {
      if (solo.includes(m.companyId)) continue;
      await audit(tx, { companyId: m.companyId, userId: user.id, actor: user.email, via: `membership:${m.role}`, action: "member.leave", target: user.id, meta: { reason: "account deleted" } });
    }
    await tx.respondent.updateMany({ where: { userId: user.id }, data: { displayName: "Ehemaliges Mitglied" } });
    await tx.company.deleteMany({ where: { id: { in: solo } } });
    await tx.auditEvent.deleteMany({ where: { chain: { in: solo } } });
    await audit(tx, { companyId: null, userId: null, actor: null, via: "session", action: "account.delete", meta: { companiesDeleted: solo.length } });
    await tx.user.delete({ where: { id: user.id } });
  });
}
