import { createHash } from "node:crypto";

/**
 * The access log's hash chain. Pure (node:crypto only). Each entry's hash covers the previous
 * entry's hash and its own fields in a canonical form, so changing, inserting or removing an entry
 * breaks every later link. Entries written before the chain existed carry an empty hash ("legacy").
 */
export type ChainFields = {
  chain: string;
  seq: number;
  companyId: string | null;
  userId: string | null;
  actor: string | null;
  via: string | null;
  action: string;
  target: string | null;
  meta: unknown;
  createdAt: Date;
};

/** JSON with object keys sorted at every level (PostgreSQL's jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(prevHash: string, e: ChainFields): string {
  const body = canonicalJson({
    chain: e.chain,
    seq: e.seq,
    companyId: e.companyId,
    userId: e.userId,
    actor: e.actor,
    via: e.via,
    action: e.action,
    target: e.target,
    meta: e.meta ?? null,
    createdAt: e.createdAt.toISOString(),
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export type ChainCheck =
  | { ok: true; entries: number; legacy: number }
  | { ok: false; entries: number; legacy: number; brokenAt: number; reason: "hash" | "link" | "gap" | "unsealed" };

/** Verifies one chain, given in ascending seq order. */
export function verifyChain(entries: readonly (ChainFields & { prevHash: string; hash: string })[]): ChainCheck {
  let legacy = 0;
  let prev: { seq: number; hash: string } | null = null;
  for (const e of entries) {
    if (prev && e.seq !== prev.seq + 1) return { ok: false, entries: entries.length, legacy, brokenAt: e.seq, reason: "gap" };
    if (e.hash === "") {
      // legacy entries may only come before the first sealed one
      if (prev && prev.hash !== "") return { ok: false, entries: entries.length, legacy, brokenAt: e.seq, reason: "unsealed" };
      legacy++;
      prev = { seq: e.seq, hash: "" };
      continue;
    }
    if (e.prevHash !== (prev?.hash ?? "")) return { ok: false, entries: entries.length, legacy, brokenAt: e.seq, reason: "link" };
    if (entryHash(e.prevHash, e) !== e.hash) return { ok: false, entries: entries.length, legacy, brokenAt: e.seq, reason: "hash" };
    prev = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, entries: entries.length, legacy };
}
