import { describe, it, expect, beforeAll, afterAll } from "vitest";
import pg from "pg";
import { AppError } from "../errors";
import { applyMigrations } from "../../scripts/db/migrate";
import { findPostgres, scratchDatabase } from "../../scripts/db/test-targets";
import { createRateLimits, limits, type RateLimits } from "./rate-limit";
import { postgresStore, storeLimiter, type LimitStore } from "./rate-limit-store";

/**
 * The PostgreSQL store of the rate limits, as several instances use it: two (and, after a "restart",
 * three) independent sets of limiters, each with its own connection pool as separate processes
 * would have, on one migrated database. They must share one budget per key with the semantics of
 * lib/auth/rate-limit.ts (atomic take, refund, reset, guardToken), and expired rows are swept.
 * PGlite is one process and keeps the in-memory store, tested by rate-limit.test.ts and the db tests.
 */
const adminUrl = process.env.KMU_SKIP_POSTGRES ? undefined : await findPostgres();
if (!adminUrl && process.env.KMU_REQUIRE_POSTGRES) throw new Error("KMU_REQUIRE_POSTGRES is set but no PostgreSQL is reachable");

describe.skipIf(!adminUrl)("rate limits shared through PostgreSQL [postgresql]", () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  const stores: LimitStore[] = [];
  let a: RateLimits;
  let b: RateLimits;
  const instance = () => {
    const store = postgresStore(db.url);
    stores.push(store);
    return createRateLimits(store);
  };
  const rows = async (like: string) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return (await c.query<{ key: string; points: number }>(`SELECT key, points FROM rate_limits WHERE key LIKE $1 ORDER BY key`, [like])).rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    db = await scratchDatabase(adminUrl!, "kmu_ratelimit");
    await applyMigrations({ databaseUrl: db.url });
    a = instance();
    b = instance();
  });
  afterAll(async () => {
    for (const s of stores) if (s.kind === "postgresql") await s.close();
    await db?.drop();
  });

  it("sign-in: failures on A count on B; 40 simultaneous attempts over both get exactly 5 points; a reset on B clears A", async () => {
    const key = "anna@example.org";
    for (let i = 0; i < 3; i++) expect(await a.take("signInEmail", key)).toBe(true);
    expect(await b.take("signInEmail", key.toUpperCase())).toBe(true); // keys are case-insensitive, as before
    expect(await b.take("signInEmail", key)).toBe(true);
    expect(await a.take("signInEmail", key)).toBe(false);
    expect(await b.take("signInEmail", key)).toBe(false);
    expect(await a.isLimited("signInEmail", key)).toBe(true);
    await b.reset("signInEmail", key);
    expect(await a.isLimited("signInEmail", key)).toBe(false);

    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take("signInEmail", "bernd@example.org")));
    expect(burst.filter(Boolean)).toHaveLength(limits.signInEmail.points);
    expect(await rows("signInEmail:bernd%")).toEqual([{ key: "signInEmail:bernd@example.org", points: 40 }]);
  });

  it("refund on one instance gives back a point taken on the other, never below zero", async () => {
    const key = "all-clients";
    expect(await a.take("registerAll", key)).toBe(true);
    expect(await a.take("registerAll", key)).toBe(true);
    await b.refund("registerAll", key);
    expect(await rows("registerAll:%")).toEqual([{ key: "registerAll:all-clients", points: 1 }]);
    await b.refund("registerAll", key);
    await a.refund("registerAll", key);
    expect((await rows("registerAll:%"))[0].points).toBe(0);
  });

  it("consume throws the usual 429 AppError across instances (reset requests: 3 per e-mail)", async () => {
    for (let i = 0; i < limits.resetEmail.points; i++) await (i % 2 ? a : b).consume("resetEmail", "carla@example.org");
    await expect(a.consume("resetEmail", "carla@example.org")).rejects.toMatchObject({ code: "too_many_requests", messageKey: "rateLimited" });
  });

  it("one-time links: failed tries on A and B add up; a working link costs nothing; a restarted instance still knows", async () => {
    const keys = ["user:u1"];
    const bad = (l: RateLimits) => l.guardToken(keys, async () => { throw new AppError("not_found", "linkInvalid"); });
    for (let i = 0; i < 5; i++) expect(await b.guardToken(keys, async () => i)).toBe(i);
    for (let i = 0; i < limits.tokenUse.points; i++) await expect(bad(i % 2 ? a : b)).rejects.toMatchObject({ messageKey: "linkInvalid" });
    await expect(a.guardToken(keys, async () => "ok")).rejects.toMatchObject({ code: "too_many_requests" });
    await expect(b.guardToken(keys, async () => "ok")).rejects.toMatchObject({ code: "too_many_requests" });
    const restarted = instance();
    await expect(restarted.guardToken(keys, async () => "ok")).rejects.toMatchObject({ code: "too_many_requests" });
    expect(await restarted.guardToken(["user:u2"], async () => "ok")).toBe("ok");
    // the limits are kept apart in the one table by their prefix
    expect(await a.isLimited("invite", "user:u1")).toBe(false);
  });

  it("sweeps expired rows and keeps live ones; an expired window starts afresh", async () => {
    const store = stores[0];
    if (store.kind !== "postgresql") throw new Error("unexpected store");
    const short = storeLimiter(store, { keyPrefix: "short", points: 1, duration: 1 });
    await short.consume("k");
    await expect(short.consume("k")).rejects.not.toBeInstanceOf(Error); // limited, not a store error
    await new Promise((r) => setTimeout(r, 1100));
    const swept = await store.sweep();
    expect(swept).toBeGreaterThanOrEqual(1);
    expect(await rows("short:%")).toEqual([]);
    expect((await rows("signInEmail:bernd%")).length).toBe(1); // 15-minute window, still live
    await short.consume("k");
    expect(await rows("short:%")).toEqual([{ key: "short:k", points: 1 }]);
  });
});
