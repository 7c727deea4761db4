/**
 * `npm start`: prepares everything a fresh clone needs and serves the app.
 *  1. validates the environment (lib/env.ts) and, in embedded mode, keeps a generated auth secret in .data/
 *  2. applies pending database migrations (PGlite in .data/pglite, or PostgreSQL via DATABASE_URL)
 *  3. builds the app when there is no build or the sources changed since the last one
 *  4. runs `next start` on PORT and forwards SIGINT/SIGTERM so the database is closed cleanly
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { applyMigrations } from "./db/migrate";
import { buildStamp } from "./build-stamp";

const root = process.cwd();
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const env = parseEnv(process.env);

function ensureSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log("[start] generated an auth secret in .data/auth-secret (keep .data/ private)");
  }
  if (env.databaseKind === "postgresql") {
    console.warn("[start] NEXTAUTH_SECRET is not set: using .data/auth-secret. Set it when several instances share the database.");
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const secret = ensureSecret();
  const t0 = Date.now();
  const { applied } = await applyMigrations({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  console.log(`[start] database ${env.databaseKind}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"} (${Date.now() - t0} ms)`);

  const stampFile = path.join(root, ".next", "kmu-build-stamp");
  const stamp = buildStamp(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (!built) {
    console.log("[start] building the app (about a minute) …");
    const res = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (res.status !== 0) process.exit(res.status ?? 1);
    writeFileSync(stampFile, stamp);
  }

  const child = spawn(process.execPath, [nextBin, "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((e) => {
  console.error(`[start] ${(e as Error).message}`);
  process.exit(1);
});
