import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The embedded database is one process only. `npm start` (as a user types it) holds a lock beside
 * PGLITE_DIR: a second `npm start` on the same directory refuses with a clear message; SIGTERM to the
 * npm process alone stops the whole server (the database is closed, the lock given back, nothing is
 * left serving); a stale lock of a dead process is taken over.
 */
test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
const DIR = path.join(".data", `e2e-proc-${PORT}`);
const PGLITE_DIR = path.join(DIR, "pglite");
const LOCK = `${path.resolve(PGLITE_DIR)}.lock`;

type Started = { child: ChildProcess; output: () => string };

function npmStart(): Started {
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(PORT), PGLITE_DIR, DATABASE_URL: "", NEXTAUTH_URL: `http://localhost:${PORT}`, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group, so the test can see (and at the end clean up) everything it started
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, output: () => out };
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });

async function waitHealthy(s: Started, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null) throw new Error(`server exited early (${s.child.exitCode}):\n${s.output().slice(-2000)}`);
    try {
      if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy in time:\n${s.output().slice(-2000)}`);
}

const exited = (c: ChildProcess) => (c.exitCode !== null ? Promise.resolve(c.exitCode) : new Promise<number | null>((r) => c.once("exit", (code) => r(code))));

async function until(cond: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return cond();
}

let started: Started[] = [];
test.afterAll(() => {
  for (const s of started) if (groupAlive(s.child.pid!)) process.kill(-s.child.pid!, "SIGKILL");
});

test("a second npm start on the same data directory refuses; SIGTERM to npm stops the server and closes the database", async () => {
  test.setTimeout(420_000);
  expect(await portIsFree(PORT), `port ${PORT} is free`).toBe(true);
  rmSync(DIR, { recursive: true, force: true });
  rmSync(LOCK, { force: true });
  const first = npmStart();
  started.push(first);
  await waitHealthy(first);
  const lock = JSON.parse(readFileSync(LOCK, "utf8")) as { pids: number[] };
  expect(lock.pids.length, "launcher and server hold the lock").toBe(2);

  const second = npmStart();
  started.push(second);
  const code = await Promise.race([exited(second.child), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 60_000))]);
  expect(code, second.output()).not.toBe("timeout");
  expect(code).not.toBe(0);
  expect(second.output()).toContain(`the embedded database in ${PGLITE_DIR} is in use by another server (pid ${lock.pids.join(", ")}`);
  expect(second.output()).not.toContain("[start] database pglite"); // refused before opening it
  expect((await fetch(`http://localhost:${PORT}/api/health`)).status).toBe(200);

  // SIGTERM to the npm process only (not its group)
  process.kill(first.child.pid!, "SIGTERM");
  expect(await until(() => !groupAlive(first.child.pid!), 30_000), `every process of npm start has ended:\n${first.output().slice(-1500)}`).toBe(true);
  expect(first.output()).toContain("[server] database closed");
  expect(existsSync(LOCK), "the lock is given back").toBe(false);
  expect(await portIsFree(PORT)).toBe(true);
  started = [];
});

test("a stale lock of a dead process is recognised and taken over", async () => {
  test.setTimeout(300_000);
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const dead = spawn("true");
  await exited(dead);
  writeFileSync(LOCK, JSON.stringify({ pids: [dead.pid], since: "2026-12-01T00:00:00.000Z" }));
  const s = npmStart();
  started.push(s);
  await waitHealthy(s);
  const health = await (await fetch(`http://localhost:${PORT}/api/health`)).json();
  expect(health).toMatchObject({ status: "ok", migrations: "up-to-date" });
  expect((JSON.parse(readFileSync(LOCK, "utf8")) as { pids: number[] }).pids).not.toContain(dead.pid);
  process.kill(s.child.pid!, "SIGTERM");
  expect(await until(() => !groupAlive(s.child.pid!), 30_000)).toBe(true);
  expect(existsSync(LOCK)).toBe(false);
  started = [];
  rmSync(DIR, { recursive: true, force: true });
});
