import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync, existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "./db/migrate";
import { backup, restore, dirInUse } from "./backup-lib";

const tmp = mkdtempSync(path.join(os.tmpdir(), "kmu-backup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("backup and restore of the embedded database", () => {
  it("round-trips every row and the migration state; refuses to overwrite without force", { timeout: 240_000 }, async () => {
    const dir = path.join(tmp, "pglite");
    await applyMigrations({ pgliteDir: dir });
    let db = new PGlite(dir);
    await db.query(`INSERT INTO "User" (id, email, "passwordHash", "createdAt", "updatedAt") VALUES ('u1', 'a@example.org', 'h', now(), now())`);
    await db.query(`INSERT INTO "Company" (id, name, industry, "sizeBand", region, "createdAt", "updatedAt") VALUES ('c1', 'Müller & Söhne', 'C', '10-49', 'BE', now(), now())`);
    await db.close();

    const file = path.join(tmp, "out", "b.tar.gz");
    const r = await backup({ pgliteDir: dir, file });
    expect(r.bytes).toBeGreaterThan(1000);

    // the live database changes after the backup; restore brings back the backed-up state
    db = new PGlite(dir);
    await db.query(`DELETE FROM "Company"`);
    await db.close();
    await expect(restore({ pgliteDir: dir, file })).rejects.toThrow(/--force/);
    await restore({ pgliteDir: dir, file, force: true });

    db = new PGlite(dir);
    const companies = await db.query<{ name: string }>(`SELECT name FROM "Company"`);
    const users = await db.query<{ email: string }>(`SELECT email FROM "User"`);
    await db.close();
    expect(companies.rows).toEqual([{ name: "Müller & Söhne" }]);
    expect(users.rows).toEqual([{ email: "a@example.org" }]);
    const status = await applyMigrations({ pgliteDir: dir });
    expect(status.applied).toEqual([]);

    // into a fresh directory too
    const fresh = path.join(tmp, "fresh");
    await restore({ pgliteDir: fresh, file });
    db = new PGlite(fresh);
    expect((await db.query(`SELECT count(*)::int AS n FROM "Company"`)).rows).toEqual([{ n: 1 }]);
    await db.close();
  });

  it("refuses while a live process holds the directory", { timeout: 120_000 }, async () => {
    const dir = path.join(tmp, "busy");
    rmSync(dir, { recursive: true, force: true });
    await applyMigrations({ pgliteDir: dir });
    expect(dirInUse(dir)).toBe(false);
    writeFileSync(path.join(dir, "postmaster.pid"), `${process.ppid}\n`);
    expect(dirInUse(dir)).toBe(true);
    await expect(backup({ pgliteDir: dir, file: path.join(tmp, "x.tar.gz") })).rejects.toThrow(/stop the server/);
    await expect(restore({ pgliteDir: dir, file: path.join(tmp, "out", "b.tar.gz"), force: true })).rejects.toThrow(/stop the server/);
    expect(existsSync(path.join(tmp, "x.tar.gz"))).toBe(false);
  });

  it("refuses while npm start holds the directory's lock", { timeout: 120_000 }, async () => {
    const dir = path.join(tmp, "locked");
    rmSync(dir, { recursive: true, force: true });
    await applyMigrations({ pgliteDir: dir });
    expect(dirInUse(dir)).toBe(false);
    writeFileSync(`${path.resolve(dir)}.lock`, JSON.stringify({ pids: [process.ppid], since: "2026-12-01T10:00:00.000Z" }));
    try {
      expect(dirInUse(dir)).toBe(true);
      await expect(backup({ pgliteDir: dir, file: path.join(tmp, "y.tar.gz") })).rejects.toThrow(/stop the server/);
    } finally {
      rmSync(`${path.resolve(dir)}.lock`, { force: true });
    }
    expect(dirInUse(dir)).toBe(false);
  });
});
