import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Starts the bare baseline server (bench/lib/baseline-server.ts) on `port` with the database of
 * `env` (DATABASE_URL or PGLITE_DIR), runs `fn` against its base URL, and stops it (its own
 * process group) whatever `fn` did. PGlite is one process: open it only once the app has closed it.
 */
export async function withBaseline<T>(port: number, env: Record<string, string>, fn: (baseURL: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, [path.join("node_modules", ".bin", "tsx"), "bench/lib/baseline-server.ts"], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`baseline server exited (${code})`)));
  });
  try {
    return await fn(`http://localhost:${port}`);
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
  }
}
