// Driver adapter factories for the WASM schema engine: target database (PostgreSQL via PrismaPg or
// PGlite via pglite-prisma-adapter) and a throw-away in-memory PGlite as shadow database.
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { freshMemoryPGlite, openPGliteDir } from "./pglite-template";
import { traced } from "./trace";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export interface TargetOptions {
  /** PostgreSQL connection string; default: env DATABASE_URL. */
  databaseUrl?: string;
  /** PGlite data directory when no URL is given; default: env PGLITE_DIR or .data/pglite. */
  pgliteDir?: string;
  /** An already open PGlite to migrate (e.g. the app's own instance); it is not closed. */
  pglite?: PGlite;
}

/** Our factories also own resources (PGlite instances, pools) that must be released. */
export interface EngineFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Human-readable description of the target. */
  readonly target: string;
  close(): Promise<void>;
}

/** Re-throws like the adapter does (maps DB errors to DriverAdapterError). */
function rethrow(adapter: SqlDriverAdapter, e: unknown): never {
  const onError = (adapter as unknown as { onError?: (err: unknown) => never }).onError;
  if (onError) onError.call(adapter, e);
  throw e;
}

/**
 * pglite-prisma-adapter@0.7.2 does not await `PGlite.exec` in `executeScript`, so a failing migration
 * script "succeeds" and is recorded as applied. Await it and surface the error.
 */
async function pgliteAdapter(db: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(db).connect();
  adapter.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (e) {
      rethrow(adapter, e);
    }
  };
  if (onDispose) adapter.dispose = onDispose;
  return adapter;
}

/** A fresh in-memory PGlite per call, closed when the engine disposes it (or at factory close). */
function shadowConnector(open: Set<PGlite>) {
  return async (): Promise<SqlDriverAdapter> => {
    const db = await freshMemoryPGlite();
    open.add(db);
    return pgliteAdapter(db, async () => {
      if (open.delete(db)) await db.close();
    });
  };
}

type Connect = () => Promise<SqlDriverAdapter>;

function base(target: string, open: Set<PGlite>, connect: Connect, close: () => Promise<void>, shadow?: Connect): EngineFactory {
  return {
    provider: "postgres",
    adapterName: "kmu-kompass-migrate",
    target,
    connect: traced("target", connect),
    connectToShadowDb: traced("shadow", shadow ?? shadowConnector(open)),
    async close() {
      for (const db of [...open]) {
        open.delete(db);
        await db.close().catch(() => {});
      }
      await close();
    },
  };
}

/**
 * For `create` and `drift`, which only need the shadow database: the engine's "target" connection
 * (it only asks for the server version) is the first shadow database, saving one PGlite start (~1 s).
 */
export function scratchFactory(): EngineFactory {
  const open = new Set<PGlite>();
  let first: Promise<PGlite> | undefined;
  const connect = async () => {
    first ??= freshMemoryPGlite().then((db) => (open.add(db), db));
    return pgliteAdapter(await first);
  };
  const fresh = shadowConnector(open);
  let shared = false;
  const shadow = async () => {
    if (!first || shared) return fresh();
    shared = true;
    return pgliteAdapter(await first);
  };
  return base("memory (scratch)", open, connect, async () => {}, shadow);
}

/**
 * Target database. Precedence: `pglite` instance, `databaseUrl`, `pgliteDir`, env DATABASE_URL,
 * env PGLITE_DIR, .data/pglite (explicit options beat the environment).
 */
export async function targetFactory(opts: TargetOptions = {}): Promise<EngineFactory> {
  const url = opts.databaseUrl ?? (opts.pgliteDir ? undefined : process.env.DATABASE_URL);
  const open = new Set<PGlite>();
  if (opts.pglite) {
    const db = opts.pglite;
    return base("pglite (instance)", open, () => pgliteAdapter(db), async () => {});
  }
  if (url) return pgFactory(url, open);
  const dir = resolve(opts.pgliteDir ?? process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
  const db = await openPGliteDir(dir);
  const connect = () => pgliteAdapter(db);
  return base(`pglite:${dir}`, open, connect, () => db.close());
}

/**
 * PostgreSQL through @prisma/adapter-pg. Its `executeScript` splits the script on ";" and runs the
 * pieces one by one on a pool (breaks on ";" inside strings/bodies, no atomicity); send the whole
 * script in one simple-protocol query instead, as the native engine does.
 */
function pgFactory(url: string, open: Set<PGlite>): EngineFactory {
  const adapters: SqlDriverAdapter[] = [];
  const connect = async () => {
    // One connection, like the native engine: its session-level advisory lock
    // (pg_advisory_lock(72707369)) and any SET in a migration then apply to every statement.
    const adapter = await new PrismaPg({ connectionString: url, max: 1 }).connect();
    const pool = (adapter as unknown as { underlyingDriver(): Pool }).underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (e) {
        rethrow(adapter, e);
      }
    };
    adapters.push(adapter);
    return adapter;
  };
  const close = async () => {
    for (const a of adapters.splice(0)) await a.dispose().catch(() => {});
  };
  return base(`postgres:${redact(url)}`, open, connect, close);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
