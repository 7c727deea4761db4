/**
 * Backup and restore of the embedded database (PGlite's data directory as one tar.gz).
 * PGlite is one process only: both refuse while a server holds the directory, so stop the server
 * first (`npm start` keeps no other state; .data/auth-secret is copied beside the archive).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockHolder } from "../lib/db/dir-lock";

/**
 * True when a server has the directory open: the lock `npm start` holds beside it names a live
 * process (lib/db/dir-lock.ts), or postmaster.pid in the directory does.
 */
export function dirInUse(pgliteDir: string): boolean {
  if (lockHolder(pgliteDir)) return true;
  const pidFile = path.join(pgliteDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function defaultBackupFile(now = new Date()): string {
  return path.join("backups", `kmu-kompass-${now.toISOString().replace(/[:.]/g, "-").slice(0, 19)}.tar.gz`);
}

export async function backup(opts: { pgliteDir: string; file: string }): Promise<{ file: string; bytes: number }> {
  if (!existsSync(opts.pgliteDir)) throw new Error(`no database in ${opts.pgliteDir}`);
  if (dirInUse(opts.pgliteDir)) throw new Error(`the database in ${opts.pgliteDir} is in use: stop the server first`);
  const db = new PGlite(opts.pgliteDir);
  try {
    await db.query("CHECKPOINT");
    const blob = await db.dumpDataDir("gzip");
    const bytes = Buffer.from(await blob.arrayBuffer());
    mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    writeFileSync(opts.file, bytes, { mode: 0o600 });
    return { file: opts.file, bytes: bytes.length };
  } finally {
    await db.close();
  }
}

export async function restore(opts: { pgliteDir: string; file: string; force?: boolean }): Promise<void> {
  if (!existsSync(opts.file)) throw new Error(`no backup file ${opts.file}`);
  if (dirInUse(opts.pgliteDir)) throw new Error(`the database in ${opts.pgliteDir} is in use: stop the server first`);
  const exists = existsSync(opts.pgliteDir) && readdirSync(opts.pgliteDir).length > 0;
  if (exists && !opts.force) throw new Error(`${opts.pgliteDir} already holds a database: add --force to replace it`);
  const data = readFileSync(opts.file);
  // restore beside the target, then swap: a failed restore leaves the old database untouched
  const tmp = `${opts.pgliteDir}.restore-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const db = new PGlite(tmp, { loadDataDir: new Blob([data]) });
  try {
    await db.query("SELECT 1");
  } finally {
    await db.close();
  }
  if (exists) rmSync(opts.pgliteDir, { recursive: true, force: true });
  mkdirSync(path.dirname(path.resolve(opts.pgliteDir)), { recursive: true });
  const { renameSync } = await import("node:fs");
  renameSync(tmp, opts.pgliteDir);
}
