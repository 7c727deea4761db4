import { getEnv } from "../env";
import { AppError } from "../errors";
import type { SessionUser } from "./session";

/** Admins are the users whose e-mail address is listed in ADMIN_EMAILS (case-insensitive). */
export function isAdmin(user: Pick<SessionUser, "email"> | null, admins: string[] = getEnv().ADMIN_EMAILS): boolean {
  return !!user && admins.includes(user.email.trim().toLowerCase());
}

/** For admin pages: everyone else gets the same 404 as for a page that does not exist. */
export function requireAdmin(user: SessionUser, admins?: string[]): SessionUser {
  if (!isAdmin(user, admins)) throw new AppError("not_found", "notFound");
  return user;
}
