import "server-only";
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { db } from "./client";
import { getEnv } from "../env";

export type DbHealth =
  | { ok: true; database: "pglite" | "postgresql"; migrations: "up-to-date" | "pending"; pending: string[] }
  | { ok: false; database: "pglite" | "postgresql"; reason: string };

export function migrationNames(dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations")): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function dbHealth(): Promise<DbHealth> {
  const database = getEnv().databaseKind;
  try {
    const rows = await db().$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().filter((m) => !applied.has(m));
    return { ok: true, database, migrations: pending.length ? "pending" : "up-to-date", pending };
  } catch (e) {
    return { ok: false, database, reason: failureReason(e) };
  }
}

/** A one-line reason; connection errors (e.g. ECONNREFUSED as an AggregateError) have an empty message. */
function failureReason(e: unknown): string {
  const err = e as { message?: string; code?: string; cause?: { code?: string; message?: string }; errors?: { code?: string }[] };
  const text = err?.message?.split("\n")[0].trim() || err?.cause?.message?.trim() || "";
  const code = err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
  return (text || (code ? `database unreachable (${code})` : "database unreachable")).slice(0, 200);
}
