import "server-only";
import { db } from "../db/client";
import { lockInTransaction } from "../db/xact-lock";
import { AppError } from "../errors";
import { actingUserId, type CompanyContext } from "../auth/access";
import { audit, auditActor, type Tx } from "../audit/write";
import { toRole, type Role } from "../auth/policy";

export type PersonStatus = { questionnaireKey: string; status: "draft" | "submitted"; at: Date };
export type Person = { userId: string; name: string; email: string; role: Role; joinedAt: Date; progress: PersonStatus[]; isYou: boolean };

/** The company's people: members with where each stands (latest assessment per questionnaire), and open invitations. */
export async function listPeople(ctx: CompanyContext, now = new Date()) {
  const [members, respondents, invitations] = await Promise.all([
    db().membership.findMany({ where: { companyId: ctx.companyId }, orderBy: { createdAt: "asc" }, include: { user: { select: { id: true, name: true, email: true } } } }),
    db().respondent.findMany({
      where: { companyId: ctx.companyId, userId: { not: null } },
      select: { userId: true, assessments: { select: { questionnaireKey: true, status: true, updatedAt: true, submittedAt: true }, orderBy: { updatedAt: "desc" } } },
    }),
    db().invitation.findMany({ where: { companyId: ctx.companyId, acceptedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" } }),
  ]);
  const progressOf = new Map(
    respondents.map((r) => {
      const latest = new Map<string, PersonStatus>();
      for (const a of r.assessments) {
        if (!latest.has(a.questionnaireKey)) latest.set(a.questionnaireKey, { questionnaireKey: a.questionnaireKey, status: a.status === "submitted" ? "submitted" : "draft", at: a.submittedAt ?? a.updatedAt });
      }
      return [r.userId as string, [...latest.values()]];
    }),
  );
  const people: Person[] = members.map((m) => ({
    userId: m.user.id,
    name: m.user.name || m.user.email,
    email: m.user.email,
    role: toRole(m.role),
    joinedAt: m.createdAt,
    progress: progressOf.get(m.user.id) ?? [],
    isYou: m.user.id === ctx.userId,
  }));
  const open = invitations.map((i) => ({ id: i.id, email: i.email, role: toRole(i.role), createdAt: i.createdAt, expiresAt: i.expiresAt, expired: i.expiresAt.getTime() <= now.getTime(), remindedAt: i.remindedAt }));
  return { people, invitations: open };
}

async function owners(tx: Tx, companyId: string): Promise<number> {
  return tx.membership.count({ where: { companyId, role: "owner" } });
}

async function membershipOf(tx: Tx, companyId: string, userId: string) {
  const m = await tx.membership.findUnique({ where: { userId_companyId: { userId, companyId } } });
  if (!m) throw new AppError("not_found", "memberNotFound");
  return m;
}

/** Changes a member's role; the company always keeps at least one owner. */
export async function changeRole(ctx: CompanyContext, userId: string, role: Role) {
  await db().$transaction(async (tx) => {
    await lockInTransaction(tx, "members:" + ctx.companyId);
    const m = await membershipOf(tx, ctx.companyId, userId);
    if (toRole(m.role) === role) return;
    if (role === "member" && (await owners(tx, ctx.companyId)) <= 1) throw new AppError("conflict", "lastOwner");
    await tx.membership.update({ where: { id: m.id }, data: { role } });
    await audit(tx, { ...auditActor(ctx), action: "member.role", target: userId, meta: { role } });
  });
}

/** Hands ownership to another member: they become owner, the acting owner becomes a member. */
export async function transferOwnership(ctx: CompanyContext, userId: string) {
  if (userId === ctx.userId) throw new AppError("unprocessable", "transferToSelf");
  await db().$transaction(async (tx) => {
    await lockInTransaction(tx, "members:" + ctx.companyId);
    const m = await membershipOf(tx, ctx.companyId, userId);
    await tx.membership.update({ where: { id: m.id }, data: { role: "owner" } });
    await tx.membership.update({ where: { userId_companyId: { userId: actingUserId(ctx), companyId: ctx.companyId } }, data: { role: "member" } });
    await audit(tx, { ...auditActor(ctx), action: "member.transfer", target: userId });
  });
}

/**
 * Removes a member (or, with their own id, lets them leave). It takes effect on their next request:
 * access is checked against the membership on every request. Their answers stay with the company.
 * The last owner can neither leave nor be removed.
 */
export async function removeMember(ctx: CompanyContext, userId: string) {
  await db().$transaction(async (tx) => {
    await lockInTransaction(tx, "members:" + ctx.companyId);
    const m = await membershipOf(tx, ctx.companyId, userId);
    if (toRole(m.role) === "owner" && (await owners(tx, ctx.companyId)) <= 1) throw new AppError("conflict", "lastOwner");
    await tx.membership.delete({ where: { id: m.id } });
    await audit(tx, { ...auditActor(ctx), action: userId === ctx.userId ? "member.leave" : "member.remove", target: userId });
  });
}
