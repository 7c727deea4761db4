import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type DbHandle = { prisma: PrismaClient; kind: "pglite" | "postgresql"; close: () => Promise<void> };

/** Opens a client for a PGlite directory (embedded) or a PostgreSQL URL. Used by the app and by tests. */
export function createDbHandle(opts: { DATABASE_URL?: string; PGLITE_DIR: string }): DbHandle {
  if (opts.DATABASE_URL) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: opts.DATABASE_URL }) });
    return { prisma, kind: "postgresql", close: () => prisma.$disconnect() };
  }
  const pglite = new PGlite(opts.PGLITE_DIR);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
