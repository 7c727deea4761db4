import { getEnv } from "../env";

/** What a request's headers offer: a `Request`'s `headers`, or `headers()` in a page. */
export type HeaderSource = { get(name: string): string | null };

/**
 * The header in which the server (scripts/serve.mjs) hands on the TCP peer's address, the other end
 * of the connection. The server overwrites whatever a client sent under this name.
 */
export const PEER_HEADER = "x-kmu-peer";

/**
 * The key for per-IP rate limits. `X-Forwarded-For` can be set by anyone, so it is only believed
 * when TRUST_PROXY=true (a reverse proxy in front overwrites it). Otherwise every client shares one
 * key, "all-clients": a budget under that key is shared by everyone, so one client must never be
 * able to use it up (see the rule in lib/auth/rate-limit.ts). Use `trustedClientIp` to apply a
 * per-client limit only when clients can be told apart.
 */
export function clientIpKey(forwardedFor: string | string[] | null | undefined, trustProxy = getEnv().TRUST_PROXY): string {
  if (!trustProxy) return "all-clients";
  const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(",")[0]?.trim();
  return first || "unknown";
}

/** The client's address behind a trusted proxy, or null when clients cannot be told apart. */
export function trustedClientIp(forwardedFor: string | string[] | null | undefined, trustProxy = getEnv().TRUST_PROXY): string | null {
  return trustProxy ? clientIpKey(forwardedFor, true) : null;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.|0:0:0:0:0:0:0:1$)/i;

/**
 * The connection's peer as one client's address, without a trusted proxy: the server's own view of
 * the socket, which a client cannot choose. Null when it is missing (another server than
 * scripts/serve.mjs) or a loopback address: a reverse proxy on the same host that TRUST_PROXY does
 * not declare would make every client that one address, and one client's wrong links would block
 * everybody's.
 */
export function peerAddress(peer: string | null | undefined): string | null {
  const p = peer?.trim();
  return p && p.length <= 64 && !LOOPBACK.test(p) ? p : null;
}

/**
 * The keys that count failed tries of a one-time link or code: the signed-in user, and the client's
 * address when it is known: behind a trusted proxy its `X-Forwarded-For`, without one the TCP peer
 * (`peerAddress`). Where neither tells clients apart, the address is left out: one client's wrong
 * links must not block everybody's. Tokens carry 256 random bits and join codes 31^8 values, so
 * guessing one is not the risk this limit is for; the limit keeps a client from trying at will.
 */
export function tokenKeys(headers: HeaderSource, userId?: string, trustProxy = getEnv().TRUST_PROXY): string[] {
  const ip = trustProxy ? trustedClientIp(headers.get("x-forwarded-for"), true) : peerAddress(headers.get(PEER_HEADER));
  return [...(userId ? [`user:${userId}`] : []), ...(ip ? [`ip:${ip}`] : [])];
}
