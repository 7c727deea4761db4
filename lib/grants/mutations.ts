import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import type { SessionUser } from "../auth/session";
import { audit, auditActor, type AuditEntry, type Tx } from "../audit/write";

type AuditFields = Pick<AuditEntry, "companyId" | "userId" | "actor" | "via">;
import { deliver, queueMail } from "../mail/send";
import { toScopes } from "../auth/policy";
import { hashToken, newToken, tokenPattern } from "../people/tokens";
import { appUrl } from "../people/links";
import { grantMail } from "../people/mails";
import { LINK_DAYS, MAX_GRANT_DAYS, type GrantInput } from "../people/schemas";
import { endOfDayInGermany } from "../i18n/config";

const DAY = 24 * 60 * 60 * 1000;


/**
 * The company grants an advisor read access to chosen parts until a day. The advisor gets a link
 * by e-mail and accepts it with an account of that address; only then the grant is in force.
 */
export async function createGrant(ctx: CompanyContext, input: GrantInput, now = new Date()) {
  // the grant holds "bis einschließlich" that day, in German time
  const expiresAt = endOfDayInGermany(input.until);
  if (expiresAt.getTime() <= now.getTime()) throw new AppError("unprocessable", "endDateInPast", { fieldKeys: { until: "endDateInPast" } });
  if (expiresAt.getTime() - now.getTime() > MAX_GRANT_DAYS * DAY) throw new AppError("unprocessable", "endDateTooFar", { fieldKeys: { until: "endDateTooFar" } });
  if (input.email === ctx.actor.toLowerCase()) throw new AppError("unprocessable", "grantToSelf", { fieldKeys: { email: "grantToSelf" } });
  const member = await db().membership.findFirst({ where: { companyId: ctx.companyId, user: { email: input.email } }, select: { id: true } });
  if (member) throw new AppError("conflict", "grantToMember", { fieldKeys: { email: "grantToMember" } });
  const company = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { name: true } });
  const scopes = toScopes(input.scopes);
  const { token, hash } = newToken();
  const link = appUrl(`/grant/${token}`);
  const mailId = await db().$transaction(async (tx) => {
    // an older link to this address that was never accepted ends now: the latest choice counts (else
    // accepting the old link later would replace the newer, narrower grant)
    const stale = await tx.advisorGrant.findMany({ where: { companyId: ctx.companyId, advisorEmail: input.email, acceptedAt: null, revokedAt: null }, select: { id: true } });
    const g = await tx.advisorGrant.create({
      data: { companyId: ctx.companyId, advisorEmail: input.email, scopes, tokenHash: hash, expiresAt, createdById: ctx.userId },
      select: { id: true },
    });
    await endReplaced(tx, stale.map((o) => ({ id: o.id, email: input.email })), g.id, auditActor(ctx), now);
    await audit(tx, { ...auditActor(ctx), action: "grant.create", target: g.id, meta: { email: input.email, scopes, until: input.until } });
    return queueMail(tx, grantMail({ to: input.email, company: company.name, granter: ctx.actor, scopes, until: input.until, link, days: LINK_DAYS }));
  });
  await deliver(mailId);
  return { link };
}

async function openGrant(token: string, now: Date) {
  if (!tokenPattern.test(token)) throw new AppError("not_found", "linkInvalid");
  const g = await db().advisorGrant.findUnique({ where: { tokenHash: hashToken(token) }, include: { company: { select: { name: true } } } });
  const linkExpired = g && g.createdAt.getTime() + LINK_DAYS * DAY <= now.getTime();
  if (!g || g.acceptedAt || g.revokedAt || linkExpired || g.expiresAt.getTime() <= now.getTime()) throw new AppError("not_found", "linkInvalid");
  return g;
}

export async function previewGrant(token: string, now = new Date()) {
  const g = await openGrant(token, now);
  return { companyName: g.company.name, email: g.advisorEmail, scopes: toScopes(g.scopes), expiresAt: g.expiresAt };
}

/** The advisor accepts with the account of the address the company chose. */
export async function acceptGrant(user: SessionUser, token: string, now = new Date()) {
  const g = await openGrant(token, now);
  if (g.advisorEmail !== user.email.toLowerCase()) throw new AppError("forbidden", "grantForOther");
  await db().$transaction(async (tx) => {
    const res = await tx.advisorGrant.updateMany({ where: { id: g.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now, advisorUserId: user.id } });
    if (res.count !== 1) throw new AppError("not_found", "linkInvalid");
    await audit(tx, { companyId: g.companyId, userId: user.id, actor: user.email, via: `grant:${g.id}`, action: "grant.accept", target: g.id });
    // the new grant replaces what this advisor had: otherwise the owner's list showed both as active
    // while only the newest counted (and ending it silently brought the older one back). A workshop
    // consent stays: the company gave it to the workshop, and ends it there.
    const consent = (await tx.workshopCompany.findUnique({ where: { companyId: g.companyId }, select: { grantId: true } }))?.grantId ?? null;
    const older = await tx.advisorGrant.findMany({
      where: { companyId: g.companyId, advisorUserId: user.id, id: { notIn: [g.id, ...(consent ? [consent] : [])] }, createdAt: { lt: g.createdAt }, revokedAt: null, acceptedAt: { not: null }, expiresAt: { gt: now } },
      select: { id: true, advisorEmail: true },
    });
    await endReplaced(tx, older.map((o) => ({ id: o.id, email: o.advisorEmail })), g.id, { companyId: g.companyId, userId: user.id, actor: user.email, via: `grant:${g.id}` }, now);
  });
  return { companyId: g.companyId };
}

/** Ends grants that `replacedBy` takes over, each logged as ended with the grant that replaced it. */
async function endReplaced(tx: Tx, grants: { id: string; email: string }[], replacedBy: string, actor: Omit<AuditEntry, "action">, now: Date) {
  for (const o of grants) {
    await tx.advisorGrant.update({ where: { id: o.id }, data: { revokedAt: now } });
    await audit(tx, { ...actor, action: "grant.revoke", target: o.id, meta: { email: o.email, replacedBy } });
  }
}

/** Ends a grant at once: the advisor's next request is refused. Revoking twice says so. */
export async function revokeGrant(ctx: CompanyContext, grantId: string) {
  await db().$transaction(async (tx) => {
    const g = await tx.advisorGrant.findFirst({ where: { id: grantId, companyId: ctx.companyId } });
    if (!g) throw new AppError("not_found", "grantNotFound");
    if (g.revokedAt) throw new AppError("conflict", "grantAlreadyRevoked");
    await tx.advisorGrant.update({ where: { id: g.id }, data: { revokedAt: new Date() } });
    await audit(tx, { ...auditActor(ctx), action: "grant.revoke", target: g.id, meta: { email: g.advisorEmail } });
  });
}

/**
 * A grant that is in force at once, without a link to accept: a workshop participant's consent that
 * the workshop's advisor reads the company's results. Written inside the caller's transaction; the
 * token is random and never sent (the advisor is already known by account).
 */
export async function createConsentGrant(tx: Tx, g: { companyId: string; advisor: { id: string; email: string }; days: number; actor: AuditFields; note: string }) {
  const now = new Date();
  const grant = await tx.advisorGrant.create({
    data: { companyId: g.companyId, advisorEmail: g.advisor.email.toLowerCase(), advisorUserId: g.advisor.id, scopes: ["results"], tokenHash: newToken().hash, expiresAt: new Date(now.getTime() + g.days * DAY), acceptedAt: now },
    select: { id: true },
  });
  await audit(tx, { ...g.actor, action: "grant.create", target: grant.id, meta: { email: g.advisor.email, scopes: ["results"], consent: g.note } });
  return grant.id;
}

/** Ends a grant inside the caller's transaction (a withdrawn consent); an ended one stays ended. */
export async function endGrantInTx(tx: Tx, g: { companyId: string; grantId: string; actor: AuditFields }) {
  const res = await tx.advisorGrant.updateMany({ where: { id: g.grantId, companyId: g.companyId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (res.count) await audit(tx, { ...g.actor, action: "grant.revoke", target: g.grantId });
}
