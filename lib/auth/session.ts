import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { readPrincipal } from "./sessions";
import { createPrincipalLoader, type MemberRow } from "./principal";
import { isValidId } from "./access";
import { AppError } from "../errors";
import { getEnv } from "../env";
import { createTokenCache } from "./token-cache";

export type SessionUser = {
  id: string;
  email: string;
  name?: string | null;
  sessionId?: string;
  /** whether the user holds an advisor grant in force, when read with the session row (currentUser) */
  advisor?: boolean;
};

/** What the session cookie says, decoded and unexpired, before its session row was checked. */
export type SessionToken = { id: string; email: string; name?: string | null; sessionId: string };

let tokens: { secret: string; cache: ReturnType<typeof createTokenCache> } | undefined;
/** The process's cache of decoded cookies (token-cache.ts), for the one secret the process has. */
function decodedTokens(secret: string) {
  if (tokens?.secret !== secret) tokens = { secret, cache: createTokenCache((token) => decode({ token, secret })) };
  return tokens.cache;
}

/** next-auth's cookie name: `__Secure-` prefixed when the site is served over https (as next-auth decides it). */
function cookieName(): string {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Decodes the session cookie (next-auth's encrypted JWT, also when split into chunks `.0`, `.1` …)
 * without anything else: getServerSession decrypts, runs the callbacks, re-encrypts the token for a
 * cookie it cannot set from a server component or App Router handler, and throws that away. A
 * token that does not decrypt or is expired is no session. Undefined when no shared secret is
 * configured (development): then callers use getServerSession.
 */
export async function readSessionToken(): Promise<SessionToken | null | undefined> {
  return sessionTokenFrom((await cookies()).getAll());
}

/** The same from a request's cookies, for code outside a Next request (the server's front). */
export async function sessionTokenFrom(jar: ReadonlyArray<{ name: string; value: string }>): Promise<SessionToken | null | undefined> {
  const secret = getEnv().NEXTAUTH_SECRET;
  if (!secret) return undefined;
  const name = cookieName();
  const whole = jar.find((c) => c.name === name)?.value;
  const chunks = jar
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
    .map((c) => c.value);
  const raw = chunks.length ? chunks.join("") : whole;
  if (!raw) return null;
  try {
    const t = await decodedTokens(secret).get(raw);
    if (!t || typeof t.uid !== "string" || typeof t.sid !== "string" || typeof t.email !== "string") return null;
    return { id: t.uid, email: t.email, name: typeof t.name === "string" ? t.name : null, sessionId: t.sid };
  } catch {
    return null; // tampered, another secret's, or expired
  }
}

/**
 * The request's session cookie, decoded, and the loader that reads what the request asks about its
 * user (principal.ts: the session check and memberships, together). Once per request (React
 * cache; Next gives route handlers a request scope too: a company route reads 2 statements, counted
 * on PostgreSQL). Undefined without a shared
 * secret (development: next-auth decides), null without a valid cookie.
 */
const requestPrincipal = cache(async () => {
  const token = await readSessionToken();
  if (!token) return token;
  return { token, loader: createPrincipalLoader((companyIds) => readPrincipal(token.sessionId, token.id, companyIds)) };
});

/**
 * The signed-in user of this request, or null; an ended session (revoked or past its absolute
 * lifetime, see options.ts) counts as signed out. Read once per request (React cache): the header
 * and the page ask for the same answer.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const p = await requestPrincipal();
  if (p === undefined) return viaNextAuth();
  return p && userOf(p);
});

type RequestPrincipal = NonNullable<Awaited<ReturnType<typeof requestPrincipal>>>;

/** The cookie's user while its session is active (the loader's session check). */
async function userOf(p: RequestPrincipal): Promise<SessionUser | null> {
  const session = await p.loader.session();
  return session && { ...p.token, advisor: session.advisor };
}

/**
 * The signed-in user (null: signed out) and their membership of `companyId`, read with the session
 * check in one statement (null: no membership; undefined: not read here, the access check reads
 * it). For requireAccess on company pages and routes.
 */
export async function currentUserAndMembership(companyId: string): Promise<{ user: SessionUser | null; member?: MemberRow | null }> {
  const p = await requestPrincipal();
  if (!p || !isValidId(companyId)) return { user: await currentUser() };
  // the membership first: its read answers the session check too (principal.ts); the user from the
  // same loader, which does not depend on React's cache holding it
  const member = p.loader.member(companyId);
  const [user, m] = await Promise.all([userOf(p), member]);
  return { user, member: m };
}

async function viaNextAuth(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user as { id?: string; email?: string; name?: string | null; sid?: string } | undefined;
  return u?.id && u.email ? { id: u.id, email: u.email, name: u.name, sessionId: u.sid } : null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(loginPath(callbackUrl));
  return user;
}

/** The sign-in page, back to `callbackUrl` after. */
export function loginPath(callbackUrl?: string): string {
  return `/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;
}

/** For route handlers and actions: the signed-in user, or a 401 AppError. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized", "signInRequired");
  return user;
}
