import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { MemberRow, PrincipalRead } from "./principal";

/** A signed-in session lives at most this long, however often it is refreshed (idle limit: the cookie's 8 h). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/** Records a new session at sign-in; the JWT carries its id. */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const s = await db().userSession.create({ data: { userId, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) }, select: { id: true } });
  return s.id;
}

/**
 * Null when the session is revoked or past its absolute lifetime; otherwise whether its user holds an
 * advisor grant in force (the header's link to the portfolio, lib/grants/queries.ts isAdvisor), in
 * the same statement: every signed-in page asks both.
 */
export async function activeSession(sessionId: string, userId: string, now = new Date()): Promise<{ advisor: boolean } | null> {
  return (await readPrincipal(sessionId, userId, [], now)).session;
}

/**
 * The session check of activeSession and, in the same statement, the user's memberships of
 * `companyIds` with each company's name (what a company page's access check needs;
 * lib/auth/principal.ts asks for both at once). No membership is read for an ended session.
 */
export async function readPrincipal(sessionId: string, userId: string, companyIds: readonly string[], now = new Date()): Promise<PrincipalRead> {
  const advisor = Prisma.sql`EXISTS (
             SELECT 1 FROM "AdvisorGrant" g
              WHERE g."advisorUserId" = s."userId" AND g."revokedAt" IS NULL AND g."acceptedAt" IS NOT NULL AND g."expiresAt" > ${now}
           ) AS advisor`;
  const active = Prisma.sql`s.id = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}`;
  // without companies the statement stays the plain session check (the joins cost PGlite's planner on every signed-in page)
  const rows = companyIds.length
    ? await db().$queryRaw<{ advisor: boolean; companyId: string | null; role: string | null; companyName: string | null }[]>`
        SELECT ${advisor}, m."companyId", m.role, c.name AS "companyName"
          FROM "UserSession" s
          LEFT JOIN "Membership" m ON m."userId" = s."userId" AND m."companyId" = ANY(${[...companyIds]}::text[])
          LEFT JOIN "Company" c ON c.id = m."companyId"
         WHERE ${active}`
    : await db().$queryRaw<{ advisor: boolean; companyId: null; role: null; companyName: null }[]>`SELECT ${advisor} FROM "UserSession" s WHERE ${active}`;
  if (!rows.length) return { session: null, members: new Map() };
  const members = new Map<string, MemberRow>();
  for (const r of rows) if (r.companyId && r.role && r.companyName !== null) members.set(r.companyId, { role: r.role, companyName: r.companyName });
  return { session: { advisor: rows[0].advisor === true }, members };
}

/** True while the session is neither revoked nor past its absolute lifetime (checked on every request). */
export async function sessionActive(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  return (await activeSession(sessionId, userId, now)) !== null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of the user (password change or reset; `except` keeps the current one). */
export async function revokeUserSessions(userId: string, except?: string): Promise<void> {
  await db().userSession.updateMany({ where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) }, data: { revokedAt: new Date() } });
}
