// Test helpers for scripts/db: throw-away target databases (PGlite directory, PostgreSQL database)
// and temp copies of the migrations folder / schema.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TargetOptions } from "./adapters";

export interface TestTarget {
  label: string;
  options: TargetOptions;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  dispose(): Promise<void>;
}

const temps: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kmu-db-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** Removes every directory made by tempDir(). */
export async function removeTempDirs(): Promise<void> {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** A new PGlite data directory; queries open it briefly (PGlite allows one user at a time). */
export async function pgliteTarget(): Promise<TestTarget> {
  const dir = join(await tempDir("pglite"), "data");
  return {
    label: `pglite:${dir}`,
    options: { pgliteDir: dir },
    async query<T>(sql: string) {
      const db = new PGlite(dir);
      try {
        return (await db.query<T>(sql)).rows;
      } finally {
        await db.close();
      }
    },
    dispose: () => rm(join(dir, ".."), { recursive: true, force: true }),
  };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Admin URL of a reachable PostgreSQL: TEST_DATABASE_URL, else 127.0.0.1:5432 as postgres or root. */
export async function findPostgres(): Promise<string | undefined> {
  const candidates = process.env.TEST_DATABASE_URL
    ? [process.env.TEST_DATABASE_URL]
    : ["postgresql://postgres@127.0.0.1:5432/postgres", "postgresql://root@127.0.0.1:5432/postgres"];
  for (const url of candidates) if (await canConnect(url)) return url;
  return undefined;
}

/** A new, uniquely named, empty database on the server (`<prefix>_<pid>_<time>_<random>`); drop() removes it. */
export async function scratchDatabase(adminUrl: string, prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Creates a uniquely named database on the server; dispose() drops it. */
export async function postgresTarget(adminUrl: string): Promise<TestTarget> {
  const db = await scratchDatabase(adminUrl, "kmu_migrate_test");
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    label: `postgres:${db.name}`,
    options: { databaseUrl: db.url },
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    async dispose() {
      await client.end().catch(() => {});
      await db.drop();
    },
  };
}

/** Temp copy of a migrations folder, optionally with an extra migration. */
export async function copyMigrations(from: string, extra?: { name: string; sql: string }): Promise<string> {
  const dir = join(await tempDir("migrations"), "migrations");
  await cp(from, dir, { recursive: true });
  if (extra) {
    await mkdir(join(dir, extra.name));
    await writeFile(join(dir, extra.name, "migration.sql"), extra.sql);
  }
  return dir;
}

/** Temp copy of the schema with `edit` applied to its text. */
export async function copySchema(from: string, edit: (text: string) => string): Promise<string> {
  const file = join(await tempDir("schema"), "schema.prisma");
  await writeFile(file, edit(await readFile(from, "utf-8")));
  return file;
}
