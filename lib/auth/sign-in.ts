import "server-only";
import { signInSchema } from "../users/schemas";
import { findUserByEmail } from "../users/queries";
import { dummyHash, verifyPassword } from "./password";
import { trustedClientIp } from "../http/client-ip";
import { refund, reset, take } from "./rate-limit";

type Headers = Record<string, string | string[] | undefined> | undefined;
export type SignedInUser = { id: string; email: string; name: string | null };

/**
 * The credentials check behind next-auth's `authorize`. An unknown e-mail and a wrong password get
 * the same answer and take the same time (a dummy hash is verified).
 *
 * Limits (lib/auth/rate-limit.ts): a point is taken *before* the password is hashed, atomically, so
 * at most 5 passwords per e-mail are ever checked per 15 minutes, however many requests arrive at
 * once; a successful sign-in clears the e-mail's count. Per client address (100 per 15 min) only
 * behind a trusted proxy: without one all clients share one address, and a shared budget would let
 * one client lock everybody out. A limit hit throws "RateLimited" so the page can say so.
 */
export async function authorizeCredentials(credentials: unknown, headers: Headers): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = trustedClientIp(headers?.["x-forwarded-for"]);
  if (ip !== null && !(await take("signInIp", ip))) throw new Error("RateLimited");
  if (!(await take("signInEmail", email))) throw new Error("RateLimited");
  const user = await findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok) return null;
  await reset("signInEmail", email);
  if (ip !== null) await refund("signInIp", ip);
  return { id: user.id, email: user.email, name: user.name };
}
