import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import { audit, auditActor } from "../audit/write";
import { consume } from "../auth/rate-limit";
import { createGuestRespondent, guestPath, renewGuestToken } from "../guests/respondents";
import { getCooperation } from "./queries";

/** A partner's link is valid for 30 days; a new invitation renews it. */
export const PARTNER_LINK_DAYS = 30;

/**
 * Invites the cooperation's partner to the two-sided trust check: a guest respondent of kind
 * "partner" of the inviting company, reached by a link (token with expiry; links a company sends
 * count against its invitation limit). Inviting again while the partner is invited gives it a new
 * link (the old one stops working); after the partner withdrew, a new invitation starts afresh.
 */
export async function invitePartner(ctx: CompanyContext, cooperationId: string, now = new Date()): Promise<{ link: string; renewed: boolean }> {
  const c = await getCooperation(ctx, cooperationId);
  if (c.status !== "active") throw new AppError("conflict", "cooperationEnded");
  await consume("invite", ctx.companyId);
  const expiresAt = new Date(now.getTime() + PARTNER_LINK_DAYS * 86400_000);
  const current = c.partners.find((p) => !p.withdrawnAt);
  return db().$transaction(async (tx) => {
    if (current) {
      const token = await renewGuestToken(tx, current.respondentId, expiresAt);
      await audit(tx, { ...auditActor(ctx), action: "cooperation.partner.renew", target: c.id, meta: { respondentId: current.respondentId } });
      return { link: guestPath(token), renewed: true };
    }
    const { respondentId, token } = await createGuestRespondent(tx, { companyId: ctx.companyId, kind: "partner", displayName: c.partnerName, expiresAt });
    await tx.cooperationPartner.create({ data: { cooperationId: c.id, respondentId, invitedAt: now } });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.partner.invite", target: c.id, meta: { respondentId } });
    return { link: guestPath(token), renewed: false };
  });
}

/** The cooperation a partner guest belongs to, with who invited it (for the partner's own pages). */
export async function partnerCooperation(ctx: CompanyContext) {
  if (ctx.via.kind !== "guest" || ctx.via.origin !== "partner") throw new AppError("not_found", "linkInvalid");
  const p = await db().cooperationPartner.findUnique({
    where: { respondentId: ctx.via.respondentId },
    select: { id: true, invitedAt: true, withdrawnAt: true, submittedAt: true, respondentId: true, cooperation: { select: { id: true, companyId: true, partnerName: true, field: true, goal: true, company: { select: { name: true } } } } },
  });
  if (!p || p.cooperation.companyId !== ctx.companyId) throw new AppError("not_found", "linkInvalid");
  return p;
}

/**
 * The partner withdraws its answers: its trust-check assessments are deleted (the comparison
 * disappears for both sides), the withdrawal is recorded and audited. The link still opens the
 * partner's home, which says so; it answers nothing more.
 */
export async function withdrawPartner(ctx: CompanyContext): Promise<void> {
  const p = await partnerCooperation(ctx);
  if (p.withdrawnAt) return;
  await db().$transaction(async (tx) => {
    const gone = await tx.assessment.deleteMany({ where: { companyId: ctx.companyId, respondentId: p.respondentId } });
    await tx.cooperationPartner.update({ where: { id: p.id }, data: { withdrawnAt: new Date(), submittedAt: null } });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.partner.withdraw", target: p.cooperation.id, meta: { deletedAssessments: gone.count } });
  });
}

/** Records when the partner's trust check was submitted (read from its assessment; idempotent). */
export async function markPartnerSubmitted(partnerId: string): Promise<void> {
  await db().cooperationPartner.updateMany({ where: { id: partnerId, submittedAt: null, withdrawnAt: null }, data: { submittedAt: new Date() } });
}
