import { getEnv } from "../env";

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

/**
 * The keys that count failed tries of a one-time link: the signed-in user, and the client address
 * only when it is known (behind a trusted proxy). Without one, all clients share an "address", so it
 * is left out: one client's wrong links must not block everybody's. The tokens carry 256 random
 * bits, so guessing one is not the risk this limit is for.
 */
export function tokenKeys(forwardedFor: string | null, userId?: string, trustProxy = getEnv().TRUST_PROXY): string[] {
  const ip = trustedClientIp(forwardedFor, trustProxy);
  return [...(userId ? [`user:${userId}`] : []), ...(ip ? [`ip:${ip}`] : [])];
}
