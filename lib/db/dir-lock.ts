import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is one process only: two servers on one data directory both acknowledge writes, and one of
 * them loses its writes on the next start. The launcher (`npm start`) therefore holds a lock file
 * beside the directory (`<dir>.lock`, JSON with the pids of the launcher and the server) from before
 * the migrations until the server has exited; a second start refuses while any of those processes
 * lives. A lock whose processes are all gone (a crash, SIGKILL) is stale and is taken over.
 */
export type DirLock = { pids: number[]; since: string };

export class DirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: DirLock,
  ) {
    super(
      `the embedded database in ${dir} is in use by another server (pid ${holder.pids.join(", ")}, since ${holder.since}). ` +
        `PGlite allows one process only: stop that server first, or give this one its own PGLITE_DIR (or a DATABASE_URL).`,
    );
    this.name = "DirLockedError";
  }
}

export function lockFileOf(pgliteDir: string): string {
  return `${path.resolve(pgliteDir)}.lock`;
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // it exists, it is just not ours
  }
}

/** The lock's content, or null when there is none or it cannot be read (a torn write counts as none). */
export function readLock(pgliteDir: string): DirLock | null {
  try {
    const raw = JSON.parse(readFileSync(lockFileOf(pgliteDir), "utf8")) as Partial<DirLock>;
    const pids = Array.isArray(raw.pids) ? raw.pids.filter((p): p is number => Number.isInteger(p)) : [];
    return { pids, since: typeof raw.since === "string" ? raw.since : "?" };
  } catch {
    return null;
  }
}

/** The live holder of the directory other than this process, or null. */
export function lockHolder(pgliteDir: string): DirLock | null {
  const lock = readLock(pgliteDir);
  if (!lock) return null;
  const alive = lock.pids.filter((p) => p !== process.pid && isAlive(p));
  return alive.length ? { ...lock, pids: alive } : null;
}

/**
 * Takes the lock for this process (atomically: `wx` create). A stale lock is moved aside and taken
 * over; a live one throws DirLockedError. Returns a release function (idempotent; only removes the
 * lock while it still names this process).
 */
export function acquireDirLock(pgliteDir: string, now = new Date()): () => void {
  const file = lockFileOf(pgliteDir);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify({ pids: [process.pid], since: now.toISOString() } satisfies DirLock));
      } finally {
        closeSync(fd);
      }
      return () => releaseDirLock(pgliteDir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = lockHolder(pgliteDir);
    if (holder) throw new DirLockedError(pgliteDir, holder);
    // stale: move it aside (only one of two racing starts wins the rename), then create it again
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
      rmSync(aside, { force: true });
    } catch {
      /* somebody else took it over first: try again */
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

/**
 * For the server process: when its launcher (the parent, `npm start`) holds the lock, this process is
 * added to it, so the lock stays live even if the launcher alone is killed. Without a live lock (the
 * server was started without the launcher, e.g. a bare `node scripts/serve.mjs`) it takes the lock itself; a lock held by anybody else
 * throws DirLockedError.
 */
export function joinDirLock(pgliteDir: string, parentPid = process.ppid): () => void {
  const lock = readLock(pgliteDir);
  const holder = lockHolder(pgliteDir);
  if (!lock || !holder) return acquireDirLock(pgliteDir);
  if (!lock.pids.includes(parentPid)) throw new DirLockedError(pgliteDir, holder);
  if (!lock.pids.includes(process.pid)) writeAtomic(lockFileOf(pgliteDir), JSON.stringify({ ...lock, pids: [...lock.pids, process.pid] }));
  return () => leaveDirLock(pgliteDir);
}

function leaveDirLock(pgliteDir: string): void {
  const lock = readLock(pgliteDir);
  if (!lock || !lock.pids.includes(process.pid)) return;
  const pids = lock.pids.filter((p) => p !== process.pid);
  if (pids.some(isAlive)) writeAtomic(lockFileOf(pgliteDir), JSON.stringify({ ...lock, pids }));
  else rmSync(lockFileOf(pgliteDir), { force: true });
}

function releaseDirLock(pgliteDir: string): void {
  const lock = readLock(pgliteDir);
  if (lock && lock.pids.includes(process.pid)) rmSync(lockFileOf(pgliteDir), { force: true });
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, file);
}

