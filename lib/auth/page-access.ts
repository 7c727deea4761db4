import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "../errors";
import { recordOutsiderRead, requireAccess, type CompanyContext } from "./access";
import { currentUserAndMembership, loginPath, type SessionUser } from "./session";
import type { Permission } from "./policy";

/**
 * The pages' form of the one access check: signed in (else the sign-in page, back here after),
 * the company reached with `permission`. Unknown or foreign companies are the 404 page; a part the
 * actor may not open (an advisor without that consent, a member on an owners' page) explains why.
 * A page view by an advisor is written to the company's access log.
 */
export async function requirePageAccess(companyId: string, permission: Permission, path: string): Promise<{ user: SessionUser; ctx: CompanyContext }> {
  const { user, member } = await currentUserAndMembership(companyId);
  if (!user) redirect(loginPath(path));
  let ctx: CompanyContext;
  try {
    ctx = await requireAccess(user, companyId, permission, member);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    if (isAppError(e) && e.code === "forbidden") redirect(`/no-access?reason=${e.messageKey === "notGranted" ? "notGranted" : "ownersOnly"}`);
    throw e;
  }
  // an advisor's page view is written to the company's access log
  await recordOutsiderRead(ctx, permission, path);
  return { user, ctx };
}
