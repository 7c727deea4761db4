import "server-only";
import { PrismaClient } from "./generated/client";
import { getEnv } from "../env";
import { createDbHandle, type DbHandle } from "./connect";

/**
 * The one Prisma client of the server process (PGlite or PostgreSQL, chosen once from env).
 * Kept on globalThis so that dev reloads and several bundles share it; PGlite is single-process.
 */
const g = globalThis as unknown as { __kmuDb?: DbHandle };

export function db(): PrismaClient {
  g.__kmuDb ??= createDbHandle(getEnv());
  return g.__kmuDb.prisma;
}

export async function closeDb(): Promise<void> {
  const handle = g.__kmuDb;
  g.__kmuDb = undefined;
  if (handle) await handle.close();
}
