// Loads Prisma's WASM schema engine (@prisma/schema-engine-wasm) and opens engine instances on top of
// a driver adapter factory. The native `schema-engine` binary is not available on our machines.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

let loaded = false;

/** Instantiates the .wasm once per process and wires it to the wasm-bindgen glue module. */
function loadWasm(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  // The package only exports the JS glue; the .wasm sits next to it.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = gluePath.replace(/\.js$/, ".wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

export interface OpenEngineOptions {
  /** Path shown in engine error messages (the schema file). */
  schemaPath: string;
  /** Content of the Prisma schema. */
  schemaText: string;
  /** Driver adapter factory: `connect` = target database, `connectToShadowDb` = scratch database. */
  factory: SqlMigrationAwareDriverAdapterFactory;
}

function log(message: unknown): void {
  if (process.env.DB_DEBUG) console.error("[schema-engine]", message);
}

export async function openSchemaEngine(opts: OpenEngineOptions): Promise<SchemaEngine> {
  loadWasm();
  // bg.SchemaEngine and the package's SchemaEngine type are the same class.
  return (await bg.SchemaEngine.new(
    { datamodels: [[opts.schemaPath, opts.schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(opts.factory),
  )) as unknown as SchemaEngine;
}

/**
 * Engine errors arrive as plain objects or Errors carrying a JSON payload; turn them into an Error with
 * a readable message (Prisma error code + message when present).
 */
export function engineError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e && typeof e === "object") {
    const o = e as { message?: unknown; error_code?: unknown; errorCode?: unknown };
    const code = o.error_code ?? o.errorCode;
    const msg = typeof o.message === "string" ? o.message : JSON.stringify(e);
    return new Error(code ? `${String(code)}: ${msg}` : msg);
  }
  return new Error(String(e));
}
