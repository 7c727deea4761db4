import { afterAll, afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { acquireDirLock, DirLockedError, joinDirLock, lockFileOf, readLock } from "./dir-lock";

const root = mkdtempSync(path.join(tmpdir(), "kmu-lock-"));
let n = 0;
const dir = () => path.join(root, `pglite-${n++}`);
const children: ChildProcess[] = [];
/** a live process that is not this one */
const liveOther = () => {
  const c = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(c);
  return c.pid!;
};
/** the pid of a process that has ended */
const deadPid = () => spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim();
const writeLock = (d: string, pids: number[]) => writeFileSync(lockFileOf(d), JSON.stringify({ pids, since: "2026-12-01T08:00:00.000Z" }));

afterEach(() => children.splice(0).forEach((c) => c.kill("SIGKILL")));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the data directory lock (one server per PGLITE_DIR)", () => {
  it("takes a free lock with this pid and gives it back", () => {
    const d = dir();
    const release = acquireDirLock(d);
    expect(readLock(d)?.pids).toEqual([process.pid]);
    release();
    expect(existsSync(lockFileOf(d))).toBe(false);
    release(); // idempotent
  });

  it("refuses while another live process holds it, with a message naming the directory and the pid", () => {
    const d = dir();
    const other = liveOther();
    writeLock(d, [other]);
    let err: unknown;
    try {
      acquireDirLock(d);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DirLockedError);
    expect((err as Error).message).toContain(`in use by another server (pid ${other}`);
    expect((err as Error).message).toContain(d);
    expect(readLock(d)?.pids).toEqual([other]); // untouched
  });

  it("takes over a stale lock whose processes are gone, and a torn (unreadable) lock", () => {
    const d = dir();
    writeLock(d, [Number(deadPid())]);
    acquireDirLock(d)();
    writeFileSync(lockFileOf(d), "{\"pids\": [12");
    const release = acquireDirLock(d);
    expect(readLock(d)?.pids).toEqual([process.pid]);
    release();
  });

  it("a server joins its launcher's lock and leaves it again; a stranger's lock stops it", () => {
    const d = dir();
    const launcher = liveOther();
    writeLock(d, [launcher]);
    const leave = joinDirLock(d, launcher);
    expect(readLock(d)?.pids).toEqual([launcher, process.pid]);
    leave();
    expect(readLock(d)?.pids).toEqual([launcher]);
    expect(() => joinDirLock(d, 1)).toThrow(DirLockedError);
    // a bare `next start` without a live lock takes it itself
    const d2 = dir();
    const leave2 = joinDirLock(d2, 1);
    expect(JSON.parse(readFileSync(lockFileOf(d2), "utf8")).pids).toEqual([process.pid]);
    leave2();
  });
});
