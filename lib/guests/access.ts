import "server-only";
import { notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { db } from "../db/client";
import { AppError, isAppError } from "../errors";
import { guestContextFor, recordOutsiderRead, type CompanyContext } from "../auth/access";
import { can, toGuestOrigin, type Permission } from "../auth/policy";
import { hashToken, tokenPattern } from "../people/tokens";
import { guardToken } from "../auth/rate-limit";
import { tokenKeys, type HeaderSource } from "../http/client-ip";
import { gates } from "./gates";
import { guestPath } from "./respondents";

/**
 * The guest behind a link: a respondent of kind "guest" or "partner" whose token is current.
 * Unknown, ended and expired links look the same ("linkInvalid", counted by the token limit).
 */
async function findGuest(token: string, now: Date) {
  if (!tokenPattern.test(token)) throw new AppError("not_found", "linkInvalid");
  const r = await db().respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, companyId: true, kind: true, displayName: true, tokenExpiresAt: true, company: { select: { name: true } } },
  });
  const origin = r ? toGuestOrigin(r.kind) : null;
  if (!r || !origin || (r.tokenExpiresAt && r.tokenExpiresAt.getTime() <= now.getTime())) throw new AppError("not_found", "linkInvalid");
  return { ...r, origin };
}

type GuestCheck = { headers?: HeaderSource; action?: "answer" | "read" };

/**
 * The one access check for guests: the link is current, the guest's origin lets it act now (an open
 * workshop, answers not withdrawn), and the guest holds `permission`. A guest reaches only its own
 * respondent's company; a partner's reads and writes are on the company's access log.
 */
export async function requireGuestAccess(token: string, permission: Permission, opts: GuestCheck = {}): Promise<CompanyContext> {
  // a guest link's wrong tries count per address only behind a trusted proxy, never per peer: a whole
  // workshop room may share one address, and its participants' pages and saves all pass here
  const g = await guardToken(opts.headers ? tokenKeys(opts.headers, undefined, { peer: false }) : [], () => findGuest(token, new Date()));
  const ctx = guestContextFor({ companyId: g.companyId, companyName: g.company.name, respondentId: g.id, displayName: g.displayName, origin: g.origin });
  if (!can(ctx.via, permission)) throw new AppError("forbidden", "guestNotAllowed");
  await gates[g.origin].check(g.id, opts.action ?? (permission === "answer" ? "answer" : "read"));
  return ctx;
}

/**
 * The pages' form: an invalid link is the 404 page; on a page other than the guest's home, a refusal
 * (not allowed here, a closed workshop) goes back home, which says why (`?notice=`).
 */
export async function requireGuestPage(token: string, permission: Permission, path: string, opts: { home?: boolean } = {}): Promise<CompanyContext> {
  const requestHeaders = await headers();
  let ctx: CompanyContext;
  try {
    ctx = await requireGuestAccess(token, permission, { headers: requestHeaders, action: opts.home ? "read" : undefined });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    if (!opts.home && isAppError(e) && e.code !== "too_many_requests") redirect(`${guestPath(token)}?notice=${encodeURIComponent(e.messageKey)}`);
    throw e;
  }
  await recordOutsiderRead(ctx, permission, path.replace(token, "…"));
  return ctx;
}
