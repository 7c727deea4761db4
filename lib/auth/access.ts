import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { auditAlone } from "../audit/write";
import { can, grantActive, isOutsider, permissionsOf, toRole, toScopes, viaLabel, type GuestOrigin, type Permission, type Via } from "./policy";
import type { SessionUser } from "./session";
import type { MemberRow } from "./principal";

/**
 * The checked context every company-scoped query takes. It exists only after the actor's access to
 * the company was verified for one permission, so a company id from the client alone never reaches
 * a query. `via` says through what the actor reached the company (membership or advisor grant).
 */
export type CompanyContext = {
  readonly companyId: string;
  /** the company's name, read with the access check (pages and PDFs name the company) */
  readonly companyName: string;
  /** the acting user; null for a guest with a token link */
  readonly userId: string | null;
  /** the guest's own respondent (a guest answers only as itself); null for a user */
  readonly respondentId: string | null;
  readonly actor: string;
  readonly via: Via;
  /** a short label of `via`: the role of a member, "advisor", or "guest" */
  readonly role: "owner" | "member" | "advisor" | "guest";
  readonly can: (p: Permission) => boolean;
};

const idPattern = /^[a-z0-9]{10,40}$/;

export function isValidId(id: string): boolean {
  return idPattern.test(id);
}

/**
 * Through what the user reaches the company right now, with the company's name: a membership, else
 * an active advisor grant. `member` is the membership when the caller has read it already (with
 * the session, lib/auth/principal.ts; null: none), so that it is not read twice.
 */
export async function resolveVia(userId: string, companyId: string, now = new Date(), member?: MemberRow | null): Promise<{ via: Via; companyName: string } | null> {
  // members are most requests: their check is one query; grants only when not a member
  const m = member !== undefined ? member : await memberOf(userId, companyId);
  if (m) return { via: { kind: "membership", role: toRole(m.role) }, companyName: m.companyName };
  const grants = await db().advisorGrant.findMany({
    where: { companyId, advisorUserId: userId, revokedAt: null, acceptedAt: { not: null }, expiresAt: { gt: now } },
    select: { id: true, scopes: true, expiresAt: true, acceptedAt: true, revokedAt: true, company: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  const g = grants.find((x) => grantActive(x, now));
  return g ? { via: { kind: "grant", grantId: g.id, scopes: toScopes(g.scopes), expiresAt: g.expiresAt }, companyName: g.company.name } : null;
}

async function memberOf(userId: string, companyId: string): Promise<MemberRow | null> {
  const m = await db().membership.findUnique({ where: { userId_companyId: { userId, companyId } }, select: { role: true, company: { select: { name: true } } } });
  return m && { role: m.role, companyName: m.company.name };
}

export function contextFor(user: SessionUser, company: { id: string; name: string }, via: Via): CompanyContext {
  const perms = permissionsOf(via);
  return {
    companyId: company.id,
    companyName: company.name,
    userId: user.id,
    respondentId: null,
    actor: user.email,
    via,
    role: via.kind === "membership" ? via.role : via.kind === "guest" ? "guest" : "advisor",
    can: (p) => perms.has(p),
  };
}

/** The context of a guest (no account) who reached its own respondent through a token link. */
export function guestContextFor(g: { companyId: string; companyName: string; respondentId: string; displayName: string; origin: GuestOrigin }): CompanyContext {
  const via: Via = { kind: "guest", origin: g.origin, respondentId: g.respondentId };
  const perms = permissionsOf(via);
  return {
    companyId: g.companyId,
    companyName: g.companyName,
    userId: null,
    respondentId: g.respondentId,
    actor: `${g.displayName} (${g.origin === "workshop" ? "Workshop" : "Partner"})`,
    via,
    role: "guest",
    can: (p) => perms.has(p),
  };
}

/** A key for the actor in per-actor queues and limits (the PDF pool's fairness). */
export function actorKey(ctx: CompanyContext): string {
  return ctx.userId ?? `guest:${ctx.respondentId}`;
}

/** The acting user, for what only a signed-in user can do (guests never hold these permissions). */
export function actingUserId(ctx: CompanyContext): string {
  if (ctx.userId === null) throw new AppError("forbidden", "ownersOnly");
  return ctx.userId;
}

/** Whether an assessment is the actor's own: a guest's respondent, or a user's. */
export function isOwnRespondent(ctx: CompanyContext, respondent: { id: string; userId: string | null }): boolean {
  return ctx.respondentId !== null ? respondent.id === ctx.respondentId : ctx.userId !== null && respondent.userId === ctx.userId;
}

/**
 * The one access check. Unknown company, foreign company and a company reached without the needed
 * permission look the same (404), so ids of others leak nothing; a member or advisor who may see the
 * company but not this part gets 403 with a clear message.
 */
export async function requireAccess(user: SessionUser, companyId: string, permission: Permission, member?: MemberRow | null): Promise<CompanyContext> {
  if (!idPattern.test(companyId)) throw new AppError("not_found", "companyNotFound");
  const found = await resolveVia(user.id, companyId, new Date(), member);
  if (!found) throw new AppError("not_found", "companyNotFound");
  const { via } = found;
  if (!can(via, permission)) {
    // an advisor without the part: 403 names the missing consent; a member without the right: 403 too
    throw new AppError("forbidden", via.kind === "grant" ? "notGranted" : "ownersOnly");
  }
  return contextFor(user, { id: companyId, name: found.companyName }, via);
}

/**
 * Writes a read by someone who is not a member (an advisor) to the company's access log. Pages call
 * it once they are allowed; downloads write their own entry after they succeeded.
 */
export async function recordOutsiderRead(ctx: CompanyContext, permission: Permission, what: string): Promise<void> {
  if (!isOutsider(ctx.via)) return;
  await auditAlone({ companyId: ctx.companyId, userId: ctx.userId, actor: ctx.actor, via: viaLabel(ctx.via), action: `read.${permission}`, target: what });
}

/** Access to the company page (any member); tests and callers that need no finer permission. */
export function requireCompany(user: SessionUser, companyId: string): Promise<CompanyContext> {
  return requireAccess(user, companyId, "company.read");
}
