/**
 * `npm start`: prepares everything a fresh clone needs and serves the app.
 *  1. validates the environment (lib/env.ts), refuses published content that differs from
 *     content/manifest.json, and, in embedded mode, keeps a generated auth secret in .data/
 *  2. in embedded mode takes the lock of the data directory (lib/db/dir-lock.ts): a second server on
 *     the same PGLITE_DIR refuses to start
 *  3. applies pending database migrations (PGlite in .data/pglite, or PostgreSQL via DATABASE_URL)
 *  4. builds the app when there is no build or the sources changed since the last one, unless
 *     KMU_REQUIRE_BUILD=1 says the build is shipped (then a missing or stale one stops the start)
 *  5. runs the server (scripts/serve.mjs: Next's request handler behind the autosave front) on PORT and forwards SIGINT/SIGTERM/SIGHUP, so the server closes the database;
 *     it exits when the server has exited (and then gives the lock back)
 */
import { existsSync, mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseEnv, type Env } from "../lib/env";
import { contentDir } from "../lib/content/load";
import { publishedContentProblems } from "../lib/content/manifest";
import { acquireDirLock } from "../lib/db/dir-lock";
import { applyMigrations } from "./db/migrate";
import { buildApp, buildDecision, buildState } from "./build-stamp";
import { ensureSecretFile } from "./auth-secret";
import { onParentExit } from "../lib/process/parent-watch";

const root = process.cwd();
/** how long the server may take to close after a signal before it is killed */
const STOP_GRACE_MS = 15_000;

/** NEXTAUTH_SECRET, or (embedded database only: parseEnv refuses PostgreSQL without it) the generated one. */
function ensureSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const { secret, generated } = ensureSecretFile(path.join(root, ".data", "auth-secret"));
  if (generated) console.log("[start] generated an auth secret in .data/auth-secret (keep .data/ private)");
  return secret;
}

function checkContent(): void {
  const problems = publishedContentProblems(contentDir());
  if (problems.length) throw new Error(`published content does not match content/manifest.json, not starting:\n  ${problems.join("\n  ")}`);
}

async function main() {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const env = parseEnv(process.env);
  checkContent();
  const secret = ensureSecret(env);
  // before the database is touched: a deployment that ships its build must not build one here
  const decision = buildDecision(buildState(root), env.KMU_REQUIRE_BUILD);
  if (decision.action === "refuse") throw new Error(decision.message);
  if (env.databaseKind === "pglite") {
    mkdirSync(path.dirname(path.resolve(env.PGLITE_DIR)), { recursive: true });
    const release = acquireDirLock(env.PGLITE_DIR);
    process.on("exit", release);
  }
  const t0 = Date.now();
  const { applied } = await applyMigrations({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  console.log(`[start] database ${env.databaseKind}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"} (${Date.now() - t0} ms)`);

  if (decision.action === "build") {
    console.log("[start] building the app (about a minute) …");
    const status = buildApp(root);
    if (status !== 0) process.exit(status);
  }
  // the built app behind the front that answers successful autosaves (scripts/serve.mjs)
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(env.PORT),
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    },
  });
  const stop = (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(sig);
    setTimeout(() => {
      console.error(`[start] the server did not stop within ${STOP_GRACE_MS / 1000} s: killing it`);
      child.kill("SIGKILL");
    }, STOP_GRACE_MS).unref();
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => stop(sig));
  // `npm start` runs us through `sh -c`: a SIGTERM to npm ends npm and the shell, not us
  onParentExit(() => {
    console.log("[start] the parent process (npm) has exited: stopping the server");
    stop("SIGTERM");
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((e) => {
  console.error(`[start] ${(e as Error).message}`);
  process.exit(1);
});
