// Migrations via the WASM schema engine, against PGlite and (when reachable) real PostgreSQL.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, checkDrift, createMigration, migrationStatus } from "./migrate";
import { freshMemoryPGlite } from "./pglite-template";
import * as t from "./test-targets";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schemaPath = join(root, "prisma/schema.prisma");
const migrationsDir = join(root, "prisma/migrations");
const repoMigrations = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const TABLES = ["Assessment", "AuditEvent", "Company", "Membership", "PlanItem", "ResultSnapshot", "User", "_prisma_migrations"];
const BROKEN = {
  name: "29991231000000_broken",
  sql: 'CREATE TABLE "ShouldNotExist" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n',
};
const paths = { schemaPath, migrationsDir };
afterAll(() => t.removeTempDirs());

function migrationSuite(makeTarget: () => Promise<t.TestTarget>) {
  let target: t.TestTarget;
  beforeAll(async () => {
    target = await makeTarget();
  });
  afterAll(async () => target?.dispose());

  it("applies all migrations to an empty database", async () => {
    const { applied } = await applyMigrations({ ...target.options, ...paths });
    expect(applied).toEqual(repoMigrations);
    const rows = await target.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(TABLES));
    const recorded = await target.query<{ migration_name: string; finished_at: Date | null }>(
      "select migration_name, finished_at from _prisma_migrations order by migration_name",
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(repoMigrations);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("reports the database as up to date", async () => {
    const s = await migrationStatus({ ...target.options, ...paths });
    expect(s).toMatchObject({ upToDate: true, applied: repoMigrations, pending: [], failed: [], edited: [] });
  });

  it("is idempotent: a second deploy applies nothing", async () => {
    expect(await applyMigrations({ ...target.options, ...paths })).toEqual({ applied: [] });
  });

  it("reports a new migration as pending", async () => {
    const dir = await t.copyMigrations(migrationsDir, { name: "29990101000000_pending", sql: "SELECT 1;\n" });
    const s = await migrationStatus({ ...target.options, schemaPath, migrationsDir: dir });
    expect(s).toMatchObject({ upToDate: false, pending: ["29990101000000_pending"], applied: repoMigrations });
  });

  it("records a failing migration as failed, not applied, and rolls its script back", async () => {
    const dir = await t.copyMigrations(migrationsDir, BROKEN);
    const opts = { ...target.options, schemaPath, migrationsDir: dir };
    await expect(applyMigrations(opts)).rejects.toThrow(/NoSuchTable|does not exist|No such table/i);
    const s = await migrationStatus(opts);
    expect(s.upToDate).toBe(false);
    expect(s.failed).toEqual([BROKEN.name]);
    expect(s.applied).not.toContain(BROKEN.name);
    const rows = await target.query<{ finished_at: Date | null; logs: string | null }>(
      `select finished_at, logs from _prisma_migrations where migration_name = '${BROKEN.name}'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].finished_at).toBeNull();
    expect(rows[0].logs).toBeTruthy();
    const leftover = await target.query("select 1 from information_schema.tables where table_name = 'ShouldNotExist'");
    expect(leftover).toHaveLength(0);
    // Like `prisma migrate deploy`: refuses to continue until the failure is resolved.
    await expect(applyMigrations(opts)).rejects.toThrow(/failed migrations/i);
  });
}

describe("migrations on PGlite", { timeout: 120_000 }, () => {
  migrationSuite(t.pgliteTarget);

  it("migrates an already open PGlite instance and leaves it open", async () => {
    const db = await freshMemoryPGlite();
    try {
      expect(await applyMigrations({ pglite: db, ...paths })).toEqual({ applied: repoMigrations });
      expect((await migrationStatus({ pglite: db, ...paths })).upToDate).toBe(true);
      expect((await db.query('select count(*)::int as n from "User"')).rows).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });

  it("CLI: status exits 1 with pending migrations, deploy then status exits 0", async () => {
    const dir = join(await t.tempDir("cli"), "data");
    const cli = (cmd: string) =>
      spawnSync(join(root, "node_modules/.bin/tsx"), ["scripts/db/cli.ts", cmd], {
        cwd: root,
        encoding: "utf-8",
        env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir },
      });
    const before = cli("status");
    expect(before.stdout).toContain(`pending  ${repoMigrations[0]}`);
    expect(before.status).toBe(1);
    expect(cli("deploy").status).toBe(0);
    const after = cli("status");
    expect(after.stdout).toContain("up to date");
    expect(after.status).toBe(0);
  });
});

const pgAdmin = await t.findPostgres();
if (!pgAdmin) {
  console.warn("[scripts/db] SKIPPING PostgreSQL migration tests: no server at TEST_DATABASE_URL or 127.0.0.1:5432");
}
describe.skipIf(!pgAdmin)("migrations on PostgreSQL", { timeout: 120_000 }, () => {
  migrationSuite(() => t.postgresTarget(pgAdmin!));
});

describe("drift check", { timeout: 120_000 }, () => {
  it("passes on the repository: prisma/migrations produces prisma/schema.prisma", async () => {
    const result = await checkDrift(paths);
    expect(result.sql).toBe("");
    expect(result.ok).toBe(true);
  });

  it("fails when the schema has a change without migration, and `create` fixes it", async () => {
    const changed = await t.copySchema(schemaPath, (s) =>
      s.replace(/model AuditEvent \{\n/, 'model AuditEvent {\n  driftProbe String @default("x")\n'),
    );
    const dir = await t.copyMigrations(migrationsDir);
    const drift = await checkDrift({ schemaPath: changed, migrationsDir: dir });
    expect(drift.ok).toBe(false);
    expect(drift.sql).toMatch(/ALTER TABLE "AuditEvent" ADD COLUMN\s+"driftProbe"/);

    const { created } = await createMigration("drift_probe", { schemaPath: changed, migrationsDir: dir });
    expect(created).toMatch(/^\d{14}_drift_probe$/);
    expect(readdirSync(dir)).toContain("migration_lock.toml");
    expect(await checkDrift({ schemaPath: changed, migrationsDir: dir })).toEqual({ ok: true, sql: "" });
    expect(await createMigration("nothing", { schemaPath: changed, migrationsDir: dir })).toEqual({ created: null, sql: "" });
  });
});
