import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "../errors";
import { requireAccess, type CompanyContext } from "./access";
import { requirePageUser, type SessionUser } from "./session";
import type { Permission } from "./policy";

/**
 * The pages' form of the one access check: signed in (else the sign-in page, back here after),
 * the company reached with `permission`. Unknown or foreign companies are the 404 page; a part the
 * actor may not open (an advisor without that consent, a member on an owners' page) explains why.
 */
export async function requirePageAccess(companyId: string, permission: Permission, path: string): Promise<{ user: SessionUser; ctx: CompanyContext }> {
  const user = await requirePageUser(path);
  try {
    return { user, ctx: await requireAccess(user, companyId, permission, path) };
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    if (isAppError(e) && e.code === "forbidden") redirect(`/no-access?reason=${e.messageKey === "notGranted" ? "notGranted" : "ownersOnly"}`);
    throw e;
  }
}
