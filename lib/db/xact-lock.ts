import type { Prisma } from "./generated/client";

/**
 * Holds the advisory lock `name` until the transaction ends (commit or rollback): writers of the same
 * name, on PGlite and on every PostgreSQL instance alike, run their transactions one after the other.
 */
export async function lockInTransaction(tx: Prisma.TransactionClient, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))`;
}
