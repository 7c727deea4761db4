import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "../errors";

/**
 * Rate limits, one limiter per name.
 *
 * The rule for every limit here: **no client may use up a budget that other clients depend on.**
 * A budget is keyed by what it protects (an account's e-mail) or by the client's address, and the
 * client's address is only known behind a trusted reverse proxy (TRUST_PROXY=true, see
 * lib/http/client-ip.ts). Without one, every client shares one "address", so:
 *  - sign-in has no per-address limit (one client's 100 wrong passwords would lock out everyone);
 *    the per-e-mail limit protects each account;
 *  - registration counts only requests that pass validation and create an account; malformed or
 *    duplicate registrations never count, and the shared guard (`registerAll`) is sized so that
 *    honest use of one instance never reaches it.
 * Guarded work (a password hash, creating an account) takes its point *before* it runs (`take`),
 * atomically, so concurrent requests cannot all slip past the check; a success gives it back.
 *
 * Store: in-process memory, chosen in `createLimiter` below and nowhere else. With several app
 * instances each counts on its own (documented in the README) until the limits move to PostgreSQL.
 */
export const limits = {
  /** sign-in attempts per e-mail (a successful sign-in clears it): at most 5 wrong passwords checked */
  signInEmail: { points: 5, duration: 15 * 60 },
  /** sign-in attempts per client address; only applied with TRUST_PROXY=true */
  signInIp: { points: 100, duration: 15 * 60 },
  /** valid registrations per client address; only applied with TRUST_PROXY=true */
  register: { points: 100, duration: 60 * 60 },
  /** accounts created on this instance, all clients together: a flood guard, never reached by honest use */
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

function createLimiter(name: LimitName): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: name, ...limits[name] });
}

const g = globalThis as unknown as { __kmuLimiters?: Map<string, RateLimiterAbstract> };

function limiter(name: LimitName): RateLimiterAbstract {
  g.__kmuLimiters ??= new Map();
  let l = g.__kmuLimiters.get(name);
  if (!l) {
    l = createLimiter(name);
    g.__kmuLimiters.set(name, l);
  }
  return l;
}

/** Consumes one point; throws AppError("too_many_requests") when the limit is exhausted. */
export async function consume(name: LimitName, key: string): Promise<void> {
  if (!(await take(name, key))) throw new AppError("too_many_requests", "rateLimited");
}

/**
 * Takes one point atomically before the guarded work runs; false (and the work must not run) when
 * the key has none left. Give it back with `refund` when the attempt turned out fine.
 */
export async function take(name: LimitName, key: string): Promise<boolean> {
  try {
    await limiter(name).consume(key.toLowerCase());
    return true;
  } catch (e) {
    if (e instanceof Error) throw e; // a store failure, not a limit
    return false;
  }
}

/** Gives back one point taken with `take` or `consume` (never below zero). */
export async function refund(name: LimitName, key: string): Promise<void> {
  const k = key.toLowerCase();
  const res = await limiter(name).get(k);
  if (res && res.consumedPoints > 0) await limiter(name).reward(k, 1);
}

/** True when the key has used up its points (without consuming one). */
export async function isLimited(name: LimitName, key: string): Promise<boolean> {
  const res = await limiter(name).get(key.toLowerCase());
  return res !== null && res.consumedPoints >= limits[name].points;
}

/**
 * Counts a failure against the key (never throws). Check-then-penalize is not atomic: for work
 * that must not run more than `points` times, use `take` instead.
 */
export async function penalize(name: LimitName, key: string): Promise<void> {
  await limiter(name).penalty(key.toLowerCase(), 1);
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase());
}

/**
 * Guards a one-time link: refused while one of the keys (user, client address) has used up its
 * failed tries; a try whose link is unknown, used or expired counts against every key (another
 * limit and other "invalid" message keys for workshop join and claim codes). A link
 * that works costs nothing, so accepting many invitations never locks anyone out.
 */
export async function guardToken<T>(keys: string[], attempt: () => Promise<T>, opts: { limit?: LimitName; invalid?: readonly string[] } = {}): Promise<T> {
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
