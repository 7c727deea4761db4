import { getEnv } from "../env";

/**
 * The key for per-IP rate limits. `X-Forwarded-For` can be set by anyone, so it is only believed
 * when TRUST_PROXY=true (a reverse proxy in front overwrites it). Otherwise every client shares one
 * key, and the per-IP limits act as a global brake (the per-e-mail limits still apply).
 */
export function clientIpKey(forwardedFor: string | string[] | null | undefined, trustProxy = getEnv().TRUST_PROXY): string {
  if (!trustProxy) return "all-clients";
  const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(",")[0]?.trim();
  return first || "unknown";
}
