import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./sign-in";
import { safeCallbackPath } from "./callback-url";

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
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.uid) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
