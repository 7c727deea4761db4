import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "../users/schemas";
import { findUserByEmail } from "../users/queries";
import { dummyHash, verifyPassword } from "./password";
import { clientIpKey } from "../http/client-ip";
import { isLimited, penalize, reset } from "./rate-limit";
import { createSession, revokeSession, sessionActive } from "./sessions";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  return clientIpKey(headers?.["x-forwarded-for"]);
}

/**
 * Credentials sign-in. An unknown e-mail and a wrong password get the same answer and take the
 * same time (a dummy hash is verified). Failed attempts are limited per e-mail (5 per 15 min) and per IP (100 per 15 min; one shared budget unless TRUST_PROXY=true); a limit hit is
 * reported as "RateLimited" so the page can say so.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(req?.headers);
        if ((await isLimited("signInIp", ip)) || (await isLimited("signInEmail", email))) {
          throw new Error("RateLimited");
        }
        const user = await findUserByEmail(email);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
        if (!user || !ok) {
          await penalize("signInIp", ip);
          await penalize("signInEmail", email);
          return null;
        }
        await reset("signInEmail", email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    /**
     * Sign-in records a session row; every later read of the cookie checks that row, so signing
     * out, a password change or reset end a copied cookie too, and the absolute lifetime holds.
     * An ended session yields an empty token: no user.
     */
    async jwt({ token, user }) {
      if (user) return { ...token, uid: user.id, sid: await createSession(user.id) };
      if (typeof token.sid !== "string" || typeof token.uid !== "string" || !(await sessionActive(token.sid, token.uid))) return {};
      return token;
    },
    session({ session, token }) {
      if (!token.uid) return {} as typeof session;
      if (session.user) Object.assign(session.user, { id: token.uid as string, sid: token.sid as string });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
