import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { audit } from "../audit/write";
import type { SessionUser } from "../auth/session";
import { hashToken } from "../people/tokens";
import { normalizeClaimCode } from "./join-code";
import { guardCode } from "./join";
import { endGuestToken } from "../guests/respondents";

export const CLAIM_DAYS = 14;

export function hashClaimCode(code: string): string {
  return hashToken(`claim:${code}`);
}

/**
 * Takes a workshop company into the signed-in user's account: the user becomes its owner and the
 * guest respondent becomes theirs (its link ends). From then on the results belong to the company
 * like any other; the workshop still counts them in its group view. One code, once.
 */
export async function redeemClaim(user: SessionUser, input: string, keys: string[]): Promise<{ companyId: string }> {
  return guardCode(keys, async () => {
    const code = normalizeClaimCode(input);
    const now = new Date();
    const p = code ? await db().workshopParticipant.findUnique({ where: { claimCodeHash: hashClaimCode(code) } }) : null;
    if (!p || p.claimedAt || !p.claimExpiresAt || p.claimExpiresAt.getTime() <= now.getTime()) throw new AppError("not_found", "claimCodeInvalid");
    const already = await db().respondent.findFirst({ where: { companyId: p.companyId, userId: user.id }, select: { id: true } });
    if (already) throw new AppError("conflict", "claimAlreadyMember");
    await db().$transaction(async (tx) => {
      const res = await tx.workshopParticipant.updateMany({ where: { id: p.id, claimedAt: null, claimCodeHash: p.claimCodeHash }, data: { claimedAt: now, claimCodeHash: null, claimExpiresAt: null } });
      if (res.count !== 1) throw new AppError("not_found", "claimCodeInvalid");
      await tx.membership.upsert({ where: { userId_companyId: { userId: user.id, companyId: p.companyId } }, create: { userId: user.id, companyId: p.companyId, role: "owner" }, update: { role: "owner" } });
      await tx.respondent.update({ where: { id: p.respondentId }, data: { kind: "user", userId: user.id, ...(user.name ? { displayName: user.name } : {}) } });
      await endGuestToken(tx, p.respondentId);
      await audit(tx, { companyId: p.companyId, userId: user.id, actor: user.email, via: "membership:owner", action: "workshop.claim", target: p.workshopId, meta: { respondentId: p.respondentId } });
    });
    return { companyId: p.companyId };
  });
}
