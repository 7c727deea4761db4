import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { declared } from "@/lib/http/handler";

/** next-auth's own routes (sign-in with its CSRF token, sign-out, session): open to everyone. */
const handler = declared("public", NextAuth(authOptions));
export { handler as GET, handler as POST };
