// Migration operations on top of the WASM schema engine; usable in-process (app start, tests) and
// from scripts/db/cli.ts. Writes the same `_prisma_migrations` table as `prisma migrate deploy`.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { openSchemaEngine, engineError, type SchemaEngine } from "./wasm-engine";
import { scratchFactory, targetFactory, type EngineFactory, type TargetOptions } from "./adapters";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, readMigrationsList, writeMigration } from "./migrations-dir";

export type { TargetOptions };

export interface PathOptions {
  /** Prisma schema file; default prisma/schema.prisma (relative to cwd). */
  schemaPath?: string;
  /** Migrations folder; default prisma/migrations (relative to cwd). */
  migrationsDir?: string;
}
export type MigrateOptions = TargetOptions & PathOptions;

export interface MigrationStatus {
  target: string;
  /** Migrations of the folder that are applied (finished) in the database. */
  applied: string[];
  /** Migrations of the folder not applied yet. */
  pending: string[];
  /** Migrations whose last attempt failed (must be resolved before deploying again). */
  failed: string[];
  /** Applied migrations whose migration.sql changed since. */
  edited: string[];
  /** Migrations recorded in the database but missing in the folder. */
  missingLocally: string[];
  upToDate: boolean;
}

const FILTERS = { externalTables: [] as string[], externalEnums: [] as string[] };

function paths(opts: PathOptions) {
  return {
    schemaPath: resolve(opts.schemaPath ?? DEFAULT_SCHEMA_PATH),
    migrationsDir: resolve(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR),
  };
}

async function withEngine<T>(
  factory: EngineFactory,
  schemaPath: string,
  fn: (engine: SchemaEngine, schemaText: string) => Promise<T>,
): Promise<T> {
  try {
    const schemaText = await readFile(schemaPath, "utf-8");
    const engine = await openSchemaEngine({ schemaPath, schemaText, factory }).catch((e) => {
      throw engineError(e);
    });
    try {
      return await fn(engine, schemaText).catch((e) => {
        throw engineError(e);
      });
    } finally {
      engine.free();
    }
  } finally {
    await factory.close();
  }
}

/** SQL that takes a database built from the migrations folder to the schema (empty if none). */
export async function diffMigrationsToSchema(opts: PathOptions = {}): Promise<{ changed: boolean; sql: string }> {
  const { schemaPath, migrationsDir } = paths(opts);
  const list = await readMigrationsList(migrationsDir);
  return withEngine(scratchFactory(), schemaPath, async (engine, schemaText) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...list },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText }] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    });
    if (result.exitCode !== 0 && result.exitCode !== 2) throw new Error(`diff failed (exit code ${result.exitCode})`);
    return { changed: result.exitCode === 2, sql: result.stdout ?? "" };
  });
}

/** Writes a new migration for the schema changes; `created` is null when there are none. */
export async function createMigration(
  name: string,
  opts: PathOptions = {},
): Promise<{ created: string | null; sql: string }> {
  const { changed, sql } = await diffMigrationsToSchema(opts);
  if (!changed) return { created: null, sql: "" };
  const created = await writeMigration(paths(opts).migrationsDir, name, sql);
  return { created, sql };
}

/** Drift = the migrations folder does not produce prisma/schema.prisma. `sql` is the missing part. */
export async function checkDrift(opts: PathOptions = {}): Promise<{ ok: boolean; sql: string }> {
  const { changed, sql } = await diffMigrationsToSchema(opts);
  return { ok: !changed, sql: changed ? sql : "" };
}

/** Applies pending migrations to the target database (like `prisma migrate deploy`). */
export async function applyMigrations(opts: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const { schemaPath, migrationsDir } = paths(opts);
  const migrationsList = await readMigrationsList(migrationsDir);
  const factory = await targetFactory(opts);
  return withEngine(factory, schemaPath, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return { applied: out.appliedMigrationNames };
  });
}

/** Compares the migrations folder with the `_prisma_migrations` table of the target database. */
export async function migrationStatus(opts: MigrateOptions = {}): Promise<MigrationStatus> {
  const { schemaPath, migrationsDir } = paths(opts);
  const migrationsList = await readMigrationsList(migrationsDir);
  const local = migrationsList.migrationDirectories.map((d) => d.path);
  const factory = await targetFactory(opts);
  const target = factory.target;
  const d = await withEngine(factory, schemaPath, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
  );
  const h = d.history;
  const pending = h && h.diagnostic !== "migrationsDirectoryIsBehind" ? h.unappliedMigrationNames : [];
  const missingLocally = h && h.diagnostic !== "databaseIsBehind" ? h.unpersistedMigrationNames : [];
  const failed = d.failedMigrationNames;
  const applied = local.filter((m) => !pending.includes(m) && !failed.includes(m));
  return {
    target,
    applied,
    pending: pending.filter((m) => !failed.includes(m)),
    failed,
    edited: d.editedMigrationNames,
    missingLocally,
    upToDate: !h && failed.length === 0,
  };
}
