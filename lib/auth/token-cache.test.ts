import { describe, expect, it } from "vitest";
import { createTokenCache, type DecodedToken } from "./token-cache";

describe("the cache of decoded session cookies", () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const exp = now / 1000 + 3600;
  function counting(result: (raw: string) => DecodedToken | null) {
    let calls = 0;
    const cache = createTokenCache(async (raw) => (calls++, result(raw)), 3);
    return { cache, calls: () => calls };
  }

  it("decodes a token once and answers the same payload from then on", async () => {
    const { cache, calls } = counting((raw) => ({ uid: raw, exp }));
    expect(await cache.get("a", now)).toEqual({ uid: "a", exp });
    expect(await cache.get("a", now + 1000)).toEqual({ uid: "a", exp });
    expect(calls()).toBe(1);
  });

  it("never keeps a token that did not decode (tampered, another secret's)", async () => {
    const { cache, calls } = counting(() => null);
    expect(await cache.get("bad", now)).toBeNull();
    expect(await cache.get("bad", now)).toBeNull();
    expect(calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("refuses a kept token once it expired (with next-auth's 15 s tolerance) and forgets it", async () => {
    const { cache } = counting((raw) => ({ uid: raw, exp }));
    await cache.get("a", now);
    expect(await cache.get("a", exp * 1000 + 14_000)).not.toBeNull();
    expect(await cache.get("a", exp * 1000 + 16_000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("stays bounded", async () => {
    const { cache } = counting((raw) => ({ uid: raw, exp }));
    for (const raw of ["a", "b", "c", "d", "e"]) await cache.get(raw, now);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(await cache.get("a", now)).toEqual({ uid: "a", exp });
  });
});
