// DB_DEBUG=1: log every statement the schema engine sends through a driver adapter.
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/** DB_DEBUG=1 logs every statement the engine sends. */
export function traced(kind: string, connect: () => Promise<SqlDriverAdapter>): () => Promise<SqlDriverAdapter> {
  if (!process.env.DB_DEBUG) return connect;
  return async () => {
    const a = await connect();
    console.error(`[db] connect ${kind}`);
    for (const m of ["queryRaw", "executeRaw", "executeScript"] as const) {
      const orig = a[m].bind(a) as (arg: unknown) => Promise<unknown>;
      (a as unknown as Record<string, unknown>)[m] = (arg: { sql?: string } | string) => {
        console.error(`[db] ${kind} ${m}:`, typeof arg === "string" ? arg.slice(0, 200) : arg.sql);
        return orig(arg);
      };
    }
    return a;
  };
}
