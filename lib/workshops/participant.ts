import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { auditActor } from "../audit/write";
import type { CompanyContext } from "../auth/access";
import { grantActive } from "../auth/policy";
import { newToken } from "../people/tokens";
import { appUrl } from "../people/links";
import { deliver, queueMail } from "../mail/send";
import { createConsentGrant, endGrantInTx } from "../grants/mutations";
import { CONSENT_DAYS } from "./join";
import { CLAIM_CODE_LENGTH, newCode } from "./join-code";
import { hashClaimCode, CLAIM_DAYS } from "./claim";
import { claimMail } from "./mails";

const DAY = 24 * 60 * 60 * 1000;

/** The participant behind a guest context, with its workshop and its company's consent. */
export async function participantOf(ctx: CompanyContext) {
  if (!ctx.respondentId) throw new AppError("forbidden", "guestNotAllowed");
  const p = await db().workshopParticipant.findUnique({
    where: { respondentId: ctx.respondentId },
    include: { workshop: { select: { id: true, title: true, joinCode: true, status: true, advisor: { select: { id: true, email: true } } } } },
  });
  if (!p || p.companyId !== ctx.companyId) throw new AppError("not_found", "linkInvalid");
  const wc = await db().workshopCompany.findUnique({ where: { companyId: ctx.companyId }, select: { id: true, grantId: true } });
  const grant = wc?.grantId ? await db().advisorGrant.findUnique({ where: { id: wc.grantId }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } }) : null;
  return { ...p, workshopCompanyId: wc?.id ?? null, consent: grant ? grantActive(grant, new Date()) : false, grantId: wc?.grantId ?? null };
}

/**
 * The company's consent that the workshop's advisor sees its result: an accepted advisor grant
 * (results only, CONSENT_DAYS), or its end. Any participant of the company may give or withdraw it;
 * once the company is taken into an account, its owners manage it like any grant.
 */
export async function setConsent(ctx: CompanyContext, consent: boolean) {
  const p = await participantOf(ctx);
  if (p.consent === consent || !p.workshopCompanyId) return;
  await db().$transaction(async (tx) => {
    if (consent) {
      const grantId = await createConsentGrant(tx, { companyId: ctx.companyId, advisor: p.workshop.advisor, days: CONSENT_DAYS, actor: auditActor(ctx), note: `workshop:${p.workshop.id}` });
      await tx.workshopCompany.update({ where: { id: p.workshopCompanyId! }, data: { grantId } });
    } else if (p.grantId) {
      await endGrantInTx(tx, { companyId: ctx.companyId, grantId: p.grantId, actor: auditActor(ctx) });
      await tx.workshopCompany.update({ where: { id: p.workshopCompanyId! }, data: { grantId: null } });
    }
  });
}

/** A fresh link for colleagues of the same company (the previous one stops working). */
export async function newColleagueLink(ctx: CompanyContext): Promise<string> {
  const p = await participantOf(ctx);
  if (!p.workshopCompanyId) throw new AppError("not_found", "linkInvalid");
  const { token, hash } = newToken();
  await db().workshopCompany.update({ where: { id: p.workshopCompanyId }, data: { colleagueTokenHash: hash } });
  return appUrl(`/join/${p.workshop.joinCode}?c=${token}`);
}

/** A one-time code (10 characters) that takes the company into an account; mailed as a link when the participant gave an e-mail. */
export async function createClaimCode(ctx: CompanyContext): Promise<{ code: string; mailedTo: string | null }> {
  const p = await participantOf(ctx);
  const code = newCode(CLAIM_CODE_LENGTH);
  const link = appUrl(`/claim?code=${code}`);
  const mailId = await db().$transaction(async (tx) => {
    await tx.workshopParticipant.update({ where: { id: p.id }, data: { claimCodeHash: hashClaimCode(code), claimExpiresAt: new Date(Date.now() + CLAIM_DAYS * DAY) } });
    return p.email ? queueMail(tx, claimMail({ to: p.email, workshop: p.workshop.title, code, link, days: CLAIM_DAYS })) : null;
  });
  if (mailId) await deliver(mailId);
  return { code, mailedTo: p.email };
}
