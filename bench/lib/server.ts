import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureSecretFile } from "../../scripts/auth-secret";

export type RunningServer = { baseURL: string; child: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

/**
 * Starts the app exactly as `npm start` does (scripts/start.ts: migrate, build if needed, serve) on
 * its own port and data directory, and waits for /api/health. For benches and crash tests.
 */
export async function startServer(opts: { port: number; pgliteDir?: string; databaseUrl?: string; fresh?: boolean; timeoutMs?: number; env?: Record<string, string> }): Promise<RunningServer> {
  const pgliteDir = opts.pgliteDir ?? path.join(".data", `bench-${opts.port}`, "pglite");
  if (opts.fresh && !opts.databaseUrl) rmSync(path.dirname(pgliteDir), { recursive: true, force: true });
  const baseURL = `http://localhost:${opts.port}`;
  const child = spawn(process.execPath, [path.join("node_modules", ".bin", "tsx"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(opts.port), PGLITE_DIR: pgliteDir, DATABASE_URL: opts.databaseUrl ?? "", NEXTAUTH_URL: baseURL, LOG_LEVEL: "warn", ...sharedSecret(opts.databaseUrl), ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group: SIGKILL reaches the server (scripts/serve.mjs) too
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new Error(`server did not become healthy:\n${output.slice(-2000)}`);
  }
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    const exited = child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    // scripts/start.ts forwards the signal to the server; SIGKILL kills the whole group at once
    if (child.exitCode === null) {
      if (signal === "SIGKILL") signalGroup(child.pid!, "SIGKILL");
      child.kill(signal);
    }
    const code = await exited;
    await endGroup(child.pid!);
    return code;
  };
  return { baseURL, child, stop };
}

/**
 * With PostgreSQL the app refuses to start without NEXTAUTH_SECRET (instances must share it): local
 * benches and tests use this machine's generated secret, the same for every server they start, so
 * a session survives a restart and crosses instances.
 */
function sharedSecret(databaseUrl: string | undefined): Record<string, string> {
  if (!databaseUrl || process.env.NEXTAUTH_SECRET) return {};
  return { NEXTAUTH_SECRET: ensureSecretFile(path.join(".data", "auth-secret")).secret };
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // no process of the group is left
  }
}

/**
 * Ends what is left of the server's process group once the launcher has exited: SIGTERM, then
 * SIGKILL after 10 s. The launcher could exit before its server process did; left
 * behind, that process kept the port, and the next run's crash test failed with EADDRINUSE.
 */
async function endGroup(pgid: number): Promise<void> {
  if (!signalGroup(pgid, "SIGTERM")) return;
  const deadline = Date.now() + 10_000;
  while (signalGroup(pgid, 0)) {
    if (Date.now() > deadline) {
      signalGroup(pgid, "SIGKILL");
      await new Promise((r) => setTimeout(r, 200));
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
