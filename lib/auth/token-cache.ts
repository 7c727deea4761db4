/**
 * Decoded session cookies, kept per process: next-auth's decode derives the encryption key with
 * HKDF and decrypts the JWE on every call, about a quarter of a millisecond of CPU per request
 * (profiled on the autosave path), while a browser sends the very same cookie with every save. A
 * token string always decodes to the same payload, so a hit skips both; its expiry (`exp`, with
 * next-auth's 15 s clock tolerance) is checked on every hit. Only successful decodes are kept, and
 * what a token grants is still checked against its session row by the caller (revocation, sign-out).
 * Bounded: the map is emptied when full. Pure apart from the map; `now` for tests.
 */
export type DecodedToken = Record<string, unknown> & { exp?: unknown };

const CLOCK_TOLERANCE_S = 15;
const MAX_ENTRIES = 10_000;

export function createTokenCache(decode: (raw: string) => Promise<DecodedToken | null>, max = MAX_ENTRIES) {
  const hits = new Map<string, DecodedToken>();
  const fresh = (t: DecodedToken, now: number) => typeof t.exp !== "number" || t.exp + CLOCK_TOLERANCE_S > now / 1000;
  return {
    async get(raw: string, now = Date.now()): Promise<DecodedToken | null> {
      const hit = hits.get(raw);
      if (hit) {
        if (fresh(hit, now)) return hit;
        hits.delete(raw);
        return null;
      }
      const t = await decode(raw);
      if (!t || !fresh(t, now)) return null;
      if (hits.size >= max) hits.clear();
      hits.set(raw, t);
      return t;
    },
    get size() {
      return hits.size;
    },
  };
}
