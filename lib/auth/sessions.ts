import "server-only";
import { db } from "../db/client";

/** A signed-in session lives at most this long, however often it is refreshed (idle limit: the cookie's 8 h). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/** Records a new session at sign-in; the JWT carries its id. */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const s = await db().userSession.create({ data: { userId, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) }, select: { id: true } });
  return s.id;
}

/** True while the session is neither revoked nor past its absolute lifetime (checked on every request). */
export async function sessionActive(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const s = await db().userSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true, expiresAt: true } });
  return !!s && s.userId === userId && s.revokedAt === null && s.expiresAt.getTime() > now.getTime();
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of the user (password change or reset; `except` keeps the current one). */
export async function revokeUserSessions(userId: string, except?: string): Promise<void> {
  await db().userSession.updateMany({ where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) }, data: { revokedAt: new Date() } });
}
