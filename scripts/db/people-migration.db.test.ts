// The people-and-permissions migration keeps every existing assessment, its answers and its respondent.
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import * as t from "./test-targets";

const root = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = join(root, "prisma/migrations");
const schemaPath = join(root, "prisma/schema.prisma");
afterAll(() => t.removeTempDirs());

describe("migration 20261201092804_people_and_permissions on PGlite", { timeout: 120_000 }, () => {
  it("gives every existing assessment a respondent of its user and numbers old log entries per chain", async () => {
    const target = await t.pgliteTarget();
    try {
      const before = await t.copyMigrations(migrationsDir);
      // the state before: this migration and every later one left out
      for (const name of await readdir(before)) if (/^\d{14}_/.test(name) && name >= "20261201092804_people_and_permissions") await rm(join(before, name), { recursive: true });
      await applyMigrations({ ...target.options, schemaPath, migrationsDir: before });
      await target.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('uanna0000001', 'anna@alt.de', 'Anna', 'x', now()), ('ubernd000001', 'bernd@alt.de', NULL, 'x', now())`);
      await target.query(`INSERT INTO "Company" (id, name, industry, "sizeBand", region, "updatedAt") VALUES ('calt00000001', 'Alt GmbH', 'C', '1-9', 'BY', now())`);
      await target.query(`INSERT INTO "Membership" (id, "userId", "companyId", role) VALUES ('m1aaaaaaaaaa', 'uanna0000001', 'calt00000001', 'owner'), ('m2aaaaaaaaaa', 'ubernd000001', 'calt00000001', 'member')`);
      await target.query(`INSERT INTO "Assessment" (id, "companyId", "respondentId", "questionnaireKey", "contentVersion", answers, "updatedAt") VALUES
        ('a1aaaaaaaaaa', 'calt00000001', 'uanna0000001', 'digital-readiness', '1.0.0', '{"q1": 3}', now()),
        ('a2aaaaaaaaaa', 'calt00000001', 'uanna0000001', 'trust', '1.0.0', '{}', now()),
        ('a3aaaaaaaaaa', 'calt00000001', 'ubernd000001', 'digital-readiness', '1.0.0', '{"q1": 1}', now())`);
      await target.query(`INSERT INTO "AuditEvent" (id, "companyId", "userId", action, "createdAt") VALUES ('e1aaaaaaaaaa', 'calt00000001', 'uanna0000001', 'company.create', now() - interval '2 days'), ('e2aaaaaaaaaa', 'calt00000001', 'uanna0000001', 'assessment.start', now() - interval '1 day'), ('e3aaaaaaaaaa', NULL, NULL, 'x', now())`);

      const { applied } = await applyMigrations({ ...target.options, schemaPath, migrationsDir });
      expect(applied).toContain("20261201092804_people_and_permissions");

      const respondents = await target.query<{ id: string; userId: string; displayName: string; kind: string }>(`SELECT id, "userId", "displayName", kind FROM "Respondent" ORDER BY "displayName"`);
      expect(respondents.map((r) => [r.userId, r.displayName, r.kind])).toEqual([
        ["uanna0000001", "Anna", "user"],
        ["ubernd000001", "bernd@alt.de", "user"],
      ]);
      for (const r of respondents) expect(r.id).toMatch(/^[a-z0-9]{10,40}$/);
      const rows = await target.query<{ id: string; answers: unknown; userId: string }>(`SELECT a.id, a.answers, r."userId" FROM "Assessment" a JOIN "Respondent" r ON r.id = a."respondentId" ORDER BY a.id`);
      expect(rows.map((r) => [r.id, r.userId, r.answers])).toEqual([
        ["a1aaaaaaaaaa", "uanna0000001", { q1: 3 }],
        ["a2aaaaaaaaaa", "uanna0000001", {}],
        ["a3aaaaaaaaaa", "ubernd000001", { q1: 1 }],
      ]);
      const log = await target.query<{ chain: string; seq: number; actor: string | null; hash: string }>(`SELECT chain, seq, actor, hash FROM "AuditEvent" ORDER BY chain, seq`);
      expect(log).toEqual([
        { chain: "calt00000001", seq: 1, actor: "anna@alt.de", hash: "" },
        { chain: "calt00000001", seq: 2, actor: "anna@alt.de", hash: "" },
        { chain: "instance", seq: 1, actor: null, hash: "" },
      ]);
    } finally {
      await target.dispose();
    }
  });
});
