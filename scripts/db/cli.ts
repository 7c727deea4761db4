// Migration CLI on Prisma's WASM schema engine (the native `prisma migrate` needs a binary we lack).
//   tsx scripts/db/cli.ts create <name> | deploy | status | drift   (see usage below)
import { applyMigrations, checkDrift, createMigration, migrationStatus } from "./migrate";

const USAGE = `usage: tsx scripts/db/cli.ts <command> [options]

commands:
  create <name>   write prisma/migrations/<UTC timestamp>_<name>/migration.sql for schema changes
  deploy          apply pending migrations to the target database
  status          list applied / pending / failed migrations (exit 1 unless up to date)
  drift           exit 1 if prisma/migrations does not produce prisma/schema.prisma

options:
  --schema <path>          Prisma schema (default prisma/schema.prisma)
  --migrations <dir>       migrations folder (default prisma/migrations)

target database: DATABASE_URL (PostgreSQL) if set, else PGlite in PGLITE_DIR (default .data/pglite).
DB_DEBUG=1 logs the SQL the engine sends.`;

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const opts: { schemaPath?: string; migrationsDir?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--schema") opts.schemaPath = argv[++i];
    else if (a === "--migrations") opts.migrationsDir = argv[++i];
    else if (a === "-h" || a === "--help") positional.unshift("help");
    else positional.push(a);
  }
  return { command: positional[0], args: positional.slice(1), opts };
}

async function run(argv: string[]): Promise<number> {
  const { command, args, opts } = parseArgs(argv);
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  switch (command) {
    case "create": {
      if (!args[0]) throw new Error("create needs a name: create <name>");
      const { created } = await createMigration(args[0], opts);
      console.log(created ? `created prisma/migrations/${created}/migration.sql (${took()})` : "no changes");
      return 0;
    }
    case "deploy": {
      const { applied } = await applyMigrations(opts);
      if (applied.length) for (const name of applied) console.log(`applied ${name}`);
      console.log(`${applied.length} migration(s) applied (${took()})`);
      return 0;
    }
    case "status": {
      const s = await migrationStatus(opts);
      console.log(`database: ${s.target}`);
      for (const name of s.applied) console.log(`  applied  ${name}${s.edited.includes(name) ? " (edited since!)" : ""}`);
      for (const name of s.failed) console.log(`  FAILED   ${name}`);
      for (const name of s.pending) console.log(`  pending  ${name}`);
      for (const name of s.missingLocally) console.log(`  unknown  ${name} (in database, not in folder)`);
      console.log(s.upToDate ? "database schema is up to date" : "database is NOT up to date");
      return s.upToDate ? 0 : 1;
    }
    case "drift": {
      const { ok, sql } = await checkDrift(opts);
      if (ok) {
        console.log(`no drift: prisma/migrations produces the Prisma schema (${took()})`);
        return 0;
      }
      console.error("DRIFT: the Prisma schema has changes without a migration. Missing SQL:\n");
      console.error(sql.trim() + "\n");
      console.error("Create the migration with: npm run db -- create <name>");
      return 1;
    }
    case "help":
    case undefined:
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

// PGlite overwrites process.exitCode on close and the WASM engine keeps a ~10 s timer alive:
// always exit explicitly with our own code.
run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.DB_DEBUG && err instanceof Error) console.error(err.stack);
    process.exit(1);
  },
);
