import { it, expect } from "vitest";
import { describeEachDb } from "../testing/db";
import { dbHealth } from "./health";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

const g = globalThis as unknown as { __kmuDb?: { prisma: unknown; kind: string; close: () => Promise<void> } };

describeEachDb("database health", () => {
  it("reports the migrations as up to date on a migrated database", async () => {
    const h = await dbHealth();
    expect(h).toMatchObject({ ok: true, migrations: "up-to-date", pending: [] });
  });

  it("reports a reason instead of throwing when the database cannot be queried", async () => {
    const real = g.__kmuDb!;
    // a real client on a server that is not there (nothing listens on port 1)
    g.__kmuDb = { ...real, prisma: new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://kmu@127.0.0.1:1/gone" }) }) };
    try {
      const h = await dbHealth();
      expect(h.ok).toBe(false);
      expect(h.ok ? "" : h.reason).toMatch(/\S/);
    } finally {
      g.__kmuDb = real;
    }
  });
});
