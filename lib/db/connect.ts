import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { withPreparedStatements } from "./pglite-statements";

/**
 * Interactive transactions may wait longer for a connection than Prisma's default 2 s: in a burst
 * (a workshop room submitting at once) more transactions wait for the pool than it holds, and a
 * refused one is a 503 to the user (lib/db/storage-error.ts isBusy). 10 s to start, 20 s to finish.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** The driver adapter of the app's PGlite: every statement through the prepared-statement cache (pglite-statements.ts). The db tests use the same. */
export function pgliteAdapter(pglite: PGlite) {
  return new PrismaPGlite(withPreparedStatements(pglite) as unknown as PGlite);
}

export function postgresAdapter(connectionString: string) {
  return new PrismaPg({ connectionString });
}

export type DbHandle = { prisma: PrismaClient; kind: "pglite" | "postgresql"; close: () => Promise<void> };

/** Opens a client for a PGlite directory (embedded) or a PostgreSQL URL. Used by the app and by tests. */
export function createDbHandle(opts: { DATABASE_URL?: string; PGLITE_DIR: string }): DbHandle {
  if (opts.DATABASE_URL) {
    const prisma = new PrismaClient({ adapter: postgresAdapter(opts.DATABASE_URL), transactionOptions: TRANSACTION_OPTIONS });
    return { prisma, kind: "postgresql", close: () => prisma.$disconnect() };
  }
  const pglite = new PGlite(opts.PGLITE_DIR);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
