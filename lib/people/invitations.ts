import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { audit, auditActor } from "../audit/write";
import { deliver, queueMail } from "../mail/send";
import { toRole } from "../auth/policy";
import { hashToken, newToken, tokenPattern } from "./tokens";
import { appUrl } from "./links";
import { LINK_DAYS, type InviteInput } from "./schemas";
import { invitationMail, reminderMail } from "./mails";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Invites a colleague by e-mail (the link goes to the outbox / SMTP) or as a link to pass on. The
 * token is returned once and stored only as its hash; it expires after LINK_DAYS.
 */
export async function createInvitation(ctx: CompanyContext, input: InviteInput, now = new Date()) {
  const { token, hash } = newToken();
  const company = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { name: true } });
  if (input.email) {
    const existing = await db().membership.findFirst({ where: { companyId: ctx.companyId, user: { email: input.email } }, select: { id: true } });
    if (existing) throw new AppError("conflict", "alreadyMember");
  }
  const link = appUrl(`/invite/${token}`);
  const mailId = await db().$transaction(async (tx) => {
    const inv = await tx.invitation.create({
      data: { companyId: ctx.companyId, email: input.email ?? null, role: input.role, tokenHash: hash, createdById: ctx.userId, expiresAt: new Date(now.getTime() + LINK_DAYS * DAY) },
      select: { id: true },
    });
    await audit(tx, { ...auditActor(ctx), action: "invitation.create", target: inv.id, meta: { email: input.email ?? null, role: input.role } });
    return input.email ? queueMail(tx, invitationMail({ to: input.email, company: company.name, inviter: ctx.actor, role: input.role, link, days: LINK_DAYS })) : null;
  });
  if (mailId) await deliver(mailId);
  return { link, emailed: !!input.email };
}

/** An invitation that may still be accepted; unknown, used, revoked and expired look the same. */
async function openInvitation(token: string, now: Date) {
  if (!tokenPattern.test(token)) throw new AppError("not_found", "linkInvalid");
  const inv = await db().invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { company: { select: { name: true } } } });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt.getTime() <= now.getTime()) throw new AppError("not_found", "linkInvalid");
  return inv;
}

/** What the invitation page shows before accepting. */
export async function previewInvitation(token: string, now = new Date()) {
  const inv = await openInvitation(token, now);
  return { companyName: inv.company.name, role: toRole(inv.role), email: inv.email, expiresAt: inv.expiresAt };
}

/**
 * The signed-in user accepts: they become a member with the invited role. An invitation to an
 * e-mail address can only be accepted by the account with that address.
 */
export async function acceptInvitation(user: SessionUser, token: string, now = new Date()) {
  const inv = await openInvitation(token, now);
  if (inv.email && inv.email !== user.email.toLowerCase()) throw new AppError("forbidden", "invitationForOther");
  const existing = await db().membership.findUnique({ where: { userId_companyId: { userId: user.id, companyId: inv.companyId } } });
  if (existing) throw new AppError("conflict", "alreadyMember");
  await db().$transaction(async (tx) => {
    // the one-time use is decided by this conditional update: two tabs accepting at once give one member
    const used = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now, acceptedBy: user.id } });
    if (used.count !== 1) throw new AppError("not_found", "linkInvalid");
    await tx.membership.create({ data: { userId: user.id, companyId: inv.companyId, role: toRole(inv.role) } });
    await audit(tx, { companyId: inv.companyId, userId: user.id, actor: user.email, via: "token:invitation", action: "member.join", target: user.id, meta: { role: toRole(inv.role), invitation: inv.id } });
  });
  return { companyId: inv.companyId };
}

export async function revokeInvitation(ctx: CompanyContext, invitationId: string) {
  await db().$transaction(async (tx) => {
    const res = await tx.invitation.updateMany({ where: { id: invitationId, companyId: ctx.companyId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (res.count !== 1) throw new AppError("not_found", "invitationNotFound");
    await audit(tx, { ...auditActor(ctx), action: "invitation.revoke", target: invitationId });
  });
}

/** At most one reminder a day per person, so that a reminder never becomes spam. */
const REMIND_EVERY_MS = 20 * 60 * 60 * 1000;

/** Reminds an invited colleague (by e-mail) or a member who has not finished. */
export async function remind(ctx: CompanyContext, target: { invitationId: string } | { userId: string }, now = new Date()) {
  const company = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { name: true } });
  const mailId = await db().$transaction(async (tx) => {
    let to: string;
    let link = appUrl(`/companies/${ctx.companyId}`);
    if ("invitationId" in target) {
      const inv = await tx.invitation.findFirst({ where: { id: target.invitationId, companyId: ctx.companyId, acceptedAt: null, revokedAt: null } });
      if (!inv?.email) throw new AppError("not_found", "invitationNotFound");
      if (inv.remindedAt && now.getTime() - inv.remindedAt.getTime() < REMIND_EVERY_MS) throw new AppError("too_many_requests", "remindedRecently");
      // only the hash of the first link is stored: the reminder carries a fresh link (the old one stops working)
      const fresh = newToken();
      await tx.invitation.update({ where: { id: inv.id }, data: { remindedAt: now, tokenHash: fresh.hash, expiresAt: new Date(now.getTime() + LINK_DAYS * DAY) } });
      to = inv.email;
      link = appUrl(`/invite/${fresh.token}`);
    } else {
      const m = await tx.membership.findUnique({ where: { userId_companyId: { userId: target.userId, companyId: ctx.companyId } }, include: { user: { select: { email: true } } } });
      if (!m) throw new AppError("not_found", "memberNotFound");
      const last = await tx.auditEvent.findFirst({ where: { chain: ctx.companyId, action: "member.remind", target: target.userId }, orderBy: { seq: "desc" }, select: { createdAt: true } });
      if (last && now.getTime() - last.createdAt.getTime() < REMIND_EVERY_MS) throw new AppError("too_many_requests", "remindedRecently");
      to = m.user.email;
    }
    await audit(tx, { ...auditActor(ctx), action: "member.remind", target: "invitationId" in target ? target.invitationId : target.userId });
    return queueMail(tx, reminderMail({ to, company: company.name, inviter: ctx.actor, link, invited: "invitationId" in target }));
  });
  await deliver(mailId);
}
