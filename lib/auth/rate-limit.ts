import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "../errors";

/**
 * In-process rate limits. One instance per limiter and process; with several app instances behind
 * a load balancer each instance counts on its own (documented in the README).
 */
const g = globalThis as unknown as { __kmuLimiters?: Map<string, RateLimiterMemory> };

export const limits = {
  signInEmail: { points: 5, duration: 15 * 60 },
  // per IP behind a trusted proxy, else one shared budget for all clients (see lib/http/client-ip.ts)
  signInIp: { points: 100, duration: 15 * 60 },
  register: { points: 100, duration: 60 * 60 },
  // links with a one-time token (invitation, advisor grant, password reset): failed tries per user or address
  tokenUse: { points: 20, duration: 15 * 60 },
  // password reset requests per e-mail address (and a shared brake for all)
  resetEmail: { points: 3, duration: 60 * 60 },
  resetAll: { points: 300, duration: 60 * 60 },
  // invitations and grants a company sends per hour (mail is not a megaphone)
  invite: { points: 30, duration: 60 * 60 },
} as const;

function limiter(name: keyof typeof limits): RateLimiterMemory {
  g.__kmuLimiters ??= new Map();
  let l = g.__kmuLimiters.get(name);
  if (!l) {
    l = new RateLimiterMemory({ keyPrefix: name, ...limits[name] });
    g.__kmuLimiters.set(name, l);
  }
  return l;
}

/** Consumes one point; throws AppError("too_many_requests") when the limit is exhausted. */
export async function consume(name: keyof typeof limits, key: string): Promise<void> {
  try {
    await limiter(name).consume(key.toLowerCase());
  } catch {
    throw new AppError("too_many_requests", "rateLimited");
  }
}

/** True when the key has used up its points (without consuming one). */
export async function isLimited(name: keyof typeof limits, key: string): Promise<boolean> {
  const res = await limiter(name).get(key.toLowerCase());
  return res !== null && res.consumedPoints >= limits[name].points;
}

/** Counts a failure against the key (never throws). */
export async function penalize(name: keyof typeof limits, key: string): Promise<void> {
  await limiter(name).penalty(key.toLowerCase(), 1);
}

export async function reset(name: keyof typeof limits, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase());
}

/**
 * Guards a one-time link: refused while one of the keys (user, client address) has used up its
 * failed tries; a try whose link is unknown, used or expired counts against every key. A link
 * that works costs nothing, so accepting many invitations never locks anyone out.
 */
export async function guardToken<T>(keys: string[], attempt: () => Promise<T>): Promise<T> {
  for (const k of keys) if (await isLimited("tokenUse", k)) throw new AppError("too_many_requests", "rateLimited");
  try {
    return await attempt();
  } catch (e) {
    if ((e as { messageKey?: string }).messageKey === "linkInvalid") for (const k of keys) await penalize("tokenUse", k);
    throw e;
  }
}
