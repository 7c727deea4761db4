import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "../errors";
import { getEnv } from "../env";
import { memoryStore, postgresStore, storeLimiter, type LimitStore } from "./rate-limit-store";

/**
 * Rate limits, one limiter per name.
 *
 * The rule for every limit here: **no client may use up a budget that other clients depend on.**
 * A budget is keyed by what it protects (an account's e-mail) or by the client's address, and the
 * client's address is only known behind a trusted reverse proxy (TRUST_PROXY=true, see
 * lib/http/client-ip.ts; wrong codes and links also count per connection address where that is one
 * client's, `tokenKeys`).
 * Without one, every client shares one "address", so:
 *  - sign-in has no per-address limit (one client's 100 wrong passwords would lock out everyone);
 *    the per-e-mail limit protects each account;
 *  - registration counts only requests that pass validation and create an account; malformed or
 *    duplicate registrations never count, and the shared guard (`registerAll`) is sized so that
 *    honest use of one instance never reaches it.
 * Guarded work (a password hash, creating an account) takes its point *before* it runs (`take`),
 * atomically, so concurrent requests cannot all slip past the check; a success gives it back.
 *
 * Store: chosen in `createLimiter` below and nowhere else (lib/auth/rate-limit-store.ts): with
 * PostgreSQL (DATABASE_URL) the table `rate_limits`, shared by every instance on the database, so
 * two instances have one budget, not two; with the embedded PGlite (one process) in memory.
 */
export const limits = {
  /** sign-in attempts per e-mail (a successful sign-in clears it): at most 5 wrong passwords checked */
  signInEmail: { points: 5, duration: 15 * 60 },
  /** sign-in attempts per client address; only applied with TRUST_PROXY=true */
  signInIp: { points: 100, duration: 15 * 60 },
  /** valid registrations per client address; only applied with TRUST_PROXY=true */
  register: { points: 100, duration: 60 * 60 },
  /** accounts created, all clients (and with PostgreSQL all instances) together: a flood guard, never reached by honest use */
  registerAll: { points: 1000, duration: 60 * 60 },
  // links with a one-time token (invitation, advisor grant, password reset): failed tries per user or address
  tokenUse: { points: 20, duration: 15 * 60 },
  // password reset requests per e-mail address (mails only ever go to existing accounts)
  resetEmail: { points: 3, duration: 60 * 60 },
  // invitations and grants a company sends per hour (mail is not a megaphone)
  invite: { points: 30, duration: 60 * 60 },
  // wrong workshop join codes, colleague links and claim codes per user or address (31^8 codes: guessing is hopeless anyway)
  joinCode: { points: 30, duration: 15 * 60 },
} as const;

export type LimitName = keyof typeof limits;

/** Which limit counts a failed try, and which message keys mean "this code or link is wrong". */
export type GuardOptions = { limit?: LimitName; invalid?: readonly string[] };

/** The limit functions over one store. The app uses one set per process (below); tests make several. */
export type RateLimits = ReturnType<typeof createRateLimits>;

export function createRateLimits(store: LimitStore) {
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  function createLimiter(name: LimitName): RateLimiterAbstract {
    return storeLimiter(store, { keyPrefix: name, ...limits[name] });
  }
  function limiter(name: LimitName): RateLimiterAbstract {
    let l = limiters.get(name);
    if (!l) {
      l = createLimiter(name);
      limiters.set(name, l);
    }
    return l;
  }

  /**
   * Takes one point atomically before the guarded work runs; false (and the work must not run) when
   * the key has none left. Give it back with `refund` when the attempt turned out fine.
   */
  async function take(name: LimitName, key: string): Promise<boolean> {
    try {
      await limiter(name).consume(key.toLowerCase());
      return true;
    } catch (e) {
      if (e instanceof Error) throw e; // a store failure, not a limit
      return false;
    }
  }

  /** Consumes one point; throws AppError("too_many_requests") when the limit is exhausted. */
  async function consume(name: LimitName, key: string): Promise<void> {
    if (!(await take(name, key))) throw new AppError("too_many_requests", "rateLimited");
  }

  /** Gives back one point taken with `take` or `consume` (never below zero). */
  async function refund(name: LimitName, key: string): Promise<void> {
    const k = key.toLowerCase();
    const res = await limiter(name).get(k);
    if (res && res.consumedPoints > 0) await limiter(name).reward(k, 1);
  }

  /** True when the key has used up its points (without consuming one). */
  async function isLimited(name: LimitName, key: string): Promise<boolean> {
    const res = await limiter(name).get(key.toLowerCase());
    return res !== null && res.consumedPoints >= limits[name].points;
  }

  /**
   * Counts a failure against the key (never throws). Check-then-penalize is not atomic: for work
   * that must not run more than `points` times, use `take` instead.
   */
  async function penalize(name: LimitName, key: string): Promise<void> {
    await limiter(name).penalty(key.toLowerCase(), 1);
  }

  async function reset(name: LimitName, key: string): Promise<void> {
    await limiter(name).delete(key.toLowerCase());
  }

  /**
   * Guards a one-time link: refused while one of the keys (user, client address) has used up its
   * failed tries; a try whose link is unknown, used or expired counts against every key (another
   * limit and other "invalid" message keys for workshop join and claim codes). A link that works
   * costs nothing, so accepting many invitations never locks anyone out.
   */
  async function guardToken<T>(keys: string[], attempt: () => Promise<T>, opts: GuardOptions = {}): Promise<T> {
    const limit = opts.limit ?? "tokenUse";
    const invalid = opts.invalid ?? ["linkInvalid"];
    for (const k of keys) if (await isLimited(limit, k)) throw new AppError("too_many_requests", "rateLimited");
    try {
      return await attempt();
    } catch (e) {
      if (invalid.includes((e as { messageKey?: string }).messageKey ?? "")) for (const k of keys) await penalize(limit, k);
      throw e;
    }
  }

  return { take, consume, refund, isLimited, penalize, reset, guardToken };
}

/** The store of this process, from the environment: PostgreSQL when DATABASE_URL is set, else memory. */
export function storeFromEnv(): LimitStore {
  const url = getEnv().DATABASE_URL;
  return url ? postgresStore(url) : memoryStore();
}

const g = globalThis as unknown as { __kmuRateLimits?: RateLimits };
const current = (): RateLimits => (g.__kmuRateLimits ??= createRateLimits(storeFromEnv()));

export const take: RateLimits["take"] = (name, key) => current().take(name, key);
export const consume: RateLimits["consume"] = (name, key) => current().consume(name, key);
export const refund: RateLimits["refund"] = (name, key) => current().refund(name, key);
export const isLimited: RateLimits["isLimited"] = (name, key) => current().isLimited(name, key);
export const penalize: RateLimits["penalize"] = (name, key) => current().penalize(name, key);
export const reset: RateLimits["reset"] = (name, key) => current().reset(name, key);
export function guardToken<T>(keys: string[], attempt: () => Promise<T>, opts: GuardOptions = {}): Promise<T> {
  return current().guardToken(keys, attempt, opts);
}
