import "server-only";
import { db } from "../db/client";
import type { CompanyContext } from "../auth/access";
import { verifyChain, type ChainCheck } from "./chain";
import { isOutsiderLabel } from "../auth/policy";

/** The company's access log, newest first (page of `take`), and the check of the whole chain. */
export async function readAccessLog(ctx: CompanyContext, take = 200): Promise<{ entries: LogEntry[]; check: ChainCheck; total: number }> {
  const all = await db().auditEvent.findMany({ where: { chain: ctx.companyId }, orderBy: { seq: "asc" } });
  const check = verifyChain(all);
  const entries = all
    .slice(-take)
    .reverse()
    .map((e) => ({ seq: e.seq, at: e.createdAt, actor: e.actor ?? "–", via: e.via ?? "", action: e.action, target: e.target, meta: (e.meta ?? null) as Record<string, unknown> | null, outsider: isOutsiderLabel(e.via) }));
  return { entries, check, total: all.length };
}

export type LogEntry = { seq: number; at: Date; actor: string; via: string; action: string; target: string | null; meta: Record<string, unknown> | null; outsider: boolean };

/** Checks every chain of the instance (tests; no command or page reads it yet). */
export async function checkAllChains(): Promise<{ chain: string; check: ChainCheck }[]> {
  const chains = await db().auditEvent.findMany({ distinct: ["chain"], select: { chain: true } });
  const out: { chain: string; check: ChainCheck }[] = [];
  for (const { chain } of chains) {
    const rows = await db().auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });
    out.push({ chain, check: verifyChain(rows) });
  }
  return out;
}
