import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./sign-in";
import { safeCallbackPath } from "./callback-url";
import { createSession, revokeSession, sessionActive } from "./sessions";

/**
 * Credentials sign-in (lib/auth/sign-in.ts: same answer for unknown e-mail and wrong password,
 * rate limits taken before hashing). After sign-in only paths on this site are followed.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-Mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize(credentials, req) {
        return authorizeCredentials(credentials, req?.headers);
      },
    }),
  ],
  callbacks: {
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
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
