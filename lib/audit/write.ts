import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { lockInTransaction } from "../db/xact-lock";
import { entryHash } from "./chain";
import { viaLabel } from "../auth/policy";
import type { CompanyContext } from "../auth/access";

export type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  /** the company whose data was read or changed; null for instance-level events (accounts) */
  companyId: string | null;
  userId: string | null;
  /** readable name of the actor at the time (e-mail of a user, "Gast" …): the log stays readable after an account is deleted */
  actor: string | null;
  /** how the actor reached the company: "membership:owner", "grant:<id>", "token:invitation" … */
  via: string | null;
  action: string;
  target?: string | null;
  meta?: Record<string, unknown> | null;
};

/**
 * The one audit writer. Call it inside the mutation's transaction, so that the change and its log
 * entry commit together. Appends to the chain of the company (or "instance"): a transaction-scoped
 * advisory lock orders concurrent writers of one chain, on PGlite and PostgreSQL alike.
 */
export async function audit(tx: Tx, e: AuditEntry): Promise<void> {
  const chain = e.companyId ?? "instance";
  await lockInTransaction(tx, "audit:" + chain);
  const last = await tx.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const fields = {
    chain,
    seq: (last?.seq ?? 0) + 1,
    companyId: e.companyId,
    userId: e.userId,
    actor: e.actor,
    via: e.via,
    action: e.action,
    target: e.target ?? null,
    meta: e.meta ?? null,
    // milliseconds only: what PostgreSQL's timestamp(3) keeps, so the hash verifies after reading back
    createdAt: new Date(Math.floor(Date.now())),
  };
  const prevHash = last?.hash ?? "";
  await tx.auditEvent.create({
    data: { ...fields, meta: (fields.meta ?? undefined) as Prisma.InputJsonValue | undefined, prevHash, hash: entryHash(prevHash, fields) },
  });
}

/** An audit entry in a transaction of its own (for reads, which change nothing else). */
export function auditAlone(e: AuditEntry): Promise<void> {
  return db().$transaction((tx) => audit(tx, e));
}

/** The checked context as the access log's actor fields. */
export function auditActor(ctx: CompanyContext): Pick<AuditEntry, "companyId" | "userId" | "actor" | "via"> {
  return { companyId: ctx.companyId, userId: ctx.userId, actor: ctx.actor, via: viaLabel(ctx.via) };
}
