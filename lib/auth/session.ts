import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { AppError } from "../errors";

export type SessionUser = { id: string; email: string; name?: string | null; sessionId?: string };

/** The signed-in user of this request, or null; an ended session (see options.ts) counts as signed out. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user as { id?: string; email?: string; name?: string | null; sid?: string } | undefined;
  return u?.id && u.email ? { id: u.id, email: u.email, name: u.name, sessionId: u.sid } : null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  return user;
}

/** For route handlers and actions: the signed-in user, or a 401 AppError. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized", "signInRequired");
  return user;
}
