/** `npm run backup [-- <file.tar.gz>]`: the embedded database as one tar.gz (default backups/). */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env";
import { backup, defaultBackupFile } from "./backup-lib";

if (existsSync(".env")) process.loadEnvFile(".env");
const env = parseEnv(process.env);
if (env.databaseKind === "postgresql") {
  console.error("[backup] DATABASE_URL points at PostgreSQL: use pg_dump there. This command backs up the embedded database.");
  process.exit(2);
}
const file = process.argv[2] ?? defaultBackupFile();
backup({ pgliteDir: env.PGLITE_DIR, file })
  .then((r) => {
    console.log(`[backup] ${path.resolve(r.file)} (${Math.round(r.bytes / 1024)} KB). Keep it private: it holds all company data.`);
    process.exit(0);
  })
  .catch((e) => {
    console.error(`[backup] ${(e as Error).message}`);
    process.exit(1);
  });
