import { PGlite } from "@electric-sql/pglite";
import { pgliteAdapter, postgresAdapter, TRANSACTION_OPTIONS } from "../db/connect";
import { describe, beforeAll, afterAll } from "vitest";
import { PrismaClient } from "../db/generated/client";
import { applyMigrations } from "../../scripts/db/migrate";
import { findPostgres, scratchDatabase } from "../../scripts/db/test-targets";

/**
 * Runs a suite against a real, freshly migrated database: an in-memory PGlite always, and a
 * PostgreSQL database (created and dropped per suite) when TEST_DATABASE_URL or 127.0.0.1:5432 is
 * reachable. The app's `db()` points at the suite's database while it runs.
 */
type Handle = { prisma: PrismaClient; close: () => Promise<void> };

/**
 * Every SQL statement the suites' clients send, in order (the driver adapter's queryRaw and
 * executeRaw, inside transactions too): `sqlLog.length = 0`, act, then count.
 */
export const sqlLog: string[] = [];

type Queryable = { queryRaw(q: { sql: string }): Promise<unknown>; executeRaw(q: { sql: string }): Promise<unknown> };

function logging<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r);
      if (typeof v !== "function") return v;
      if (p === "queryRaw" || p === "executeRaw") {
        return (q: { sql: string }) => {
          sqlLog.push(q.sql);
          return (v as Queryable["queryRaw"]).call(t, q);
        };
      }
      if (p === "startTransaction" || p === "connect") return async (...a: unknown[]) => logging(await v.apply(t, a));
      return v.bind(t);
    },
  });
}
const g = globalThis as unknown as { __kmuDb?: { prisma: PrismaClient; kind: string; close: () => Promise<void> } };

async function pgliteHandle(): Promise<Handle> {
  const pglite = new PGlite();
  await applyMigrations({ pglite });
  const prisma = new PrismaClient({ adapter: logging(pgliteAdapter(pglite)), transactionOptions: TRANSACTION_OPTIONS });
  return { prisma, close: async () => { await prisma.$disconnect(); await pglite.close(); } };
}

async function postgresHandle(adminUrl: string): Promise<Handle> {
  const db = await scratchDatabase(adminUrl, "kmu_test");
  await applyMigrations({ databaseUrl: db.url });
  const prisma = new PrismaClient({ adapter: logging(postgresAdapter(db.url)), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

const pgUrl = process.env.KMU_SKIP_POSTGRES ? undefined : await findPostgres();
if (!pgUrl) console.warn("[db tests] no PostgreSQL reachable: running on PGlite only");
if (!pgUrl && process.env.KMU_REQUIRE_POSTGRES) throw new Error("KMU_REQUIRE_POSTGRES is set but no PostgreSQL is reachable");

export const databases: { kind: "pglite" | "postgresql"; open: () => Promise<Handle> }[] = [
  { kind: "pglite", open: pgliteHandle },
  ...(pgUrl ? [{ kind: "postgresql" as const, open: () => postgresHandle(pgUrl) }] : []),
];

export function describeEachDb(name: string, fn: (ctx: { db: () => PrismaClient; kind: string }) => void) {
  for (const target of databases) {
    describe(`${name} [${target.kind}]`, () => {
      let handle: Handle;
      beforeAll(async () => {
        handle = await target.open();
        g.__kmuDb = { prisma: handle.prisma, kind: target.kind, close: handle.close };
      });
      afterAll(async () => {
        g.__kmuDb = undefined;
        await handle?.close();
      });
      fn({ db: () => handle.prisma, kind: target.kind });
    });
  }
}
