import { rmSync, statfsSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Can the embedded database's directory take writes? A write probe beside it (`<dir>.health-probe`,
 * removed at once: catches a read-only mount and a full disk) and the free space of its file system.
 * /api/health reports a failure; writes themselves fail with 503 (lib/db/storage-error.ts).
 */
export const MIN_FREE_BYTES = 32 * 1024 * 1024;

export type StorageHealth = { ok: true; freeBytes: number } | { ok: false; reason: string };

type Fs = { statfs: (dir: string) => { bavail: number | bigint; bsize: number | bigint }; write: (file: string) => void };
const realFs: Fs = {
  statfs: (dir) => statfsSync(dir),
  write: (file) => {
    writeFileSync(file, "ok");
    rmSync(file, { force: true });
  },
};

export function storageHealth(pgliteDir: string, fs: Fs = realFs): StorageHealth {
  const dir = path.resolve(pgliteDir);
  try {
    fs.write(`${dir}.health-probe`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    return { ok: false, reason: `the data directory ${pgliteDir} cannot be written (${code})` };
  }
  try {
    const s = fs.statfs(path.dirname(dir));
    const free = Number(s.bavail) * Number(s.bsize);
    if (free < MIN_FREE_BYTES) return { ok: false, reason: `the disk of ${pgliteDir} is (almost) full: ${Math.floor(free / 1024 / 1024)} MB free` };
    return { ok: true, freeBytes: free };
  } catch (e) {
    return { ok: false, reason: `the free space of ${pgliteDir} cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  }
}
