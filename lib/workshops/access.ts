import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { isValidId } from "../auth/access";
import type { SessionUser } from "../auth/session";

/**
 * The one check of the advisor's workshop routes and pages: the workshop exists and belongs to the
 * signed-in user. Anyone signed in may run workshops; someone else's workshop looks like none (404).
 */
export async function requireWorkshop(user: SessionUser, workshopId: string) {
  if (!isValidId(workshopId)) throw new AppError("not_found", "workshopNotFound");
  const w = await db().workshop.findFirst({ where: { id: workshopId, advisorUserId: user.id } });
  if (!w) throw new AppError("not_found", "workshopNotFound");
  return w;
}

export type WorkshopRow = Awaited<ReturnType<typeof requireWorkshop>>;

/** The access log entry fields of the advisor acting on their own workshop (instance chain). */
export function advisorActor(user: SessionUser) {
  return { companyId: null, userId: user.id, actor: user.email, via: "workshop:advisor" };
}
