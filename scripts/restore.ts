/** `npm run restore -- <file.tar.gz> [--force]`: restores the embedded database (server stopped). */
import { existsSync } from "node:fs";
import { parseEnv } from "../lib/env";
import { restore } from "./backup-lib";

if (existsSync(".env")) process.loadEnvFile(".env");
const env = parseEnv(process.env);
const args = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run restore -- <backup.tar.gz> [--force]");
  process.exit(2);
}
restore({ pgliteDir: env.PGLITE_DIR, file, force })
  .then(() => {
    console.log(`[restore] ${file} -> ${env.PGLITE_DIR}. Start the server with npm start (pending migrations are applied).`);
    process.exit(0);
  })
  .catch((e) => {
    console.error(`[restore] ${(e as Error).message}`);
    process.exit(1);
  });
