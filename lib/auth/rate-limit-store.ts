import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Where the rate-limit counters live. With PostgreSQL (DATABASE_URL) every instance counts in one
 * table, `rate_limits` (created by a migration; see the RateLimit model in prisma/schema.prisma), so
 * N instances share one budget and a restart forgets nothing. With the embedded PGlite there is
 * exactly one process (the data directory's lock enforces it): the counters stay in its memory.
 */
export type LimitStore =
  | { kind: "memory" }
  | { kind: "postgresql"; pool: pg.Pool; sweep: () => Promise<number>; close: () => Promise<void> };

export const RATE_LIMIT_TABLE = "rate_limits";
/** how often expired rows are deleted (each instance; the DELETE is cheap and idempotent) */
export const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

export function memoryStore(): LimitStore {
  return { kind: "memory" };
}

/**
 * A small pool of its own (the Prisma adapter keeps its pool to itself): a limit check is one
 * upsert, so a handful of connections is plenty. `sweep` deletes expired rows (an expired row is
 * dead anyway: reads skip it and the next upsert starts a new window on it); it runs every
 * SWEEP_INTERVAL_MS without keeping the process alive.
 */
export function postgresStore(connectionString: string, opts: { sweepEveryMs?: number } = {}): LimitStore {
  const pool = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
  pool.on("error", () => undefined); // an idle connection that drops is replaced on the next query
  const sweep = async () => (await pool.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire < $1`, [Date.now()])).rowCount ?? 0;
  const timer = setInterval(() => void sweep().catch(() => undefined), opts.sweepEveryMs ?? SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    kind: "postgresql",
    pool,
    sweep,
    close: async () => {
      clearInterval(timer);
      await pool.end();
    },
  };
}

/** One limiter in the given store. `keyPrefix` keeps the limits apart in the one shared table. */
export function storeLimiter(store: LimitStore, opts: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  if (store.kind === "memory") return new RateLimiterMemory(opts);
  return new RateLimiterPostgres({
    ...opts,
    storeClient: store.pool,
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true, // by the migration, not at runtime
    clearExpiredByTimeout: false, // the store's one sweep does it
  });
}
