import "server-only";
import { newToken } from "../people/tokens";
import type { Tx } from "../audit/write";

export type GuestKind = "guest" | "partner";

/**
 * A respondent without an account (a workshop participant: kind "guest"; a cooperation partner:
 * kind "partner") in a company, reached through a link. The raw token is returned once, to be put
 * into the link; only its hash is stored.
 */
export async function createGuestRespondent(tx: Tx, g: { companyId: string; kind: GuestKind; displayName: string; expiresAt: Date }): Promise<{ respondentId: string; token: string }> {
  const { token, hash } = newToken();
  const r = await tx.respondent.create({
    data: { companyId: g.companyId, kind: g.kind, displayName: g.displayName, tokenHash: hash, tokenExpiresAt: g.expiresAt },
    select: { id: true },
  });
  return { respondentId: r.id, token };
}

/** A new link for a guest (the old one stops working), e.g. when the first was lost or has expired. */
export async function renewGuestToken(tx: Tx, respondentId: string, expiresAt: Date): Promise<string> {
  const { token, hash } = newToken();
  await tx.respondent.update({ where: { id: respondentId }, data: { tokenHash: hash, tokenExpiresAt: expiresAt } });
  return token;
}

/** Ends a guest's link (after the result was taken into an account, or the partner withdrew). */
export async function endGuestToken(tx: Tx, respondentId: string): Promise<void> {
  await tx.respondent.update({ where: { id: respondentId }, data: { tokenHash: null, tokenExpiresAt: null } });
}

/** The guest's own pages start here. */
export function guestPath(token: string): string {
  return `/g/${token}`;
}
