import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

export type RunningServer = { baseURL: string; child: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

/**
 * Starts the app exactly as `npm start` does (scripts/start.ts: migrate, build if needed, serve) on
 * its own port and data directory, and waits for /api/health. For benches and crash tests.
 */
export async function startServer(opts: { port: number; pgliteDir?: string; databaseUrl?: string; fresh?: boolean; timeoutMs?: number }): Promise<RunningServer> {
  const pgliteDir = opts.pgliteDir ?? path.join(".data", `bench-${opts.port}`, "pglite");
  if (opts.fresh && !opts.databaseUrl) rmSync(path.dirname(pgliteDir), { recursive: true, force: true });
  const baseURL = `http://localhost:${opts.port}`;
  const child = spawn(process.execPath, [path.join("node_modules", ".bin", "tsx"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(opts.port), PGLITE_DIR: pgliteDir, DATABASE_URL: opts.databaseUrl ?? "", NEXTAUTH_URL: baseURL, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group: SIGKILL reaches `next start` too
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
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      // scripts/start.ts forwards the signal to `next start`; SIGKILL kills both
      if (signal === "SIGKILL") {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* not a group leader */
        }
      }
      child.kill(signal);
    });
  return { baseURL, child, stop };
}
