// Fresh PGlite databases (in memory or in a new data directory), fast. A new PGlite runs initdb (~5 s on our 2-core machines);
// starting from a dump of a freshly initialised cluster takes ~1 s. The dump is cached per process
// and on disk (node_modules/.cache/kmu-db, ~4 MB, keyed by the PGlite version).
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

let template: Blob | undefined;

function pgliteVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    let dir = dirname(main);
    while (!existsSync(join(dir, "package.json")) && dir !== dirname(dir)) dir = dirname(dir);
    return String(JSON.parse(readFileSync(join(dir, "package.json"), "utf-8")).version);
  } catch {
    return "unknown";
  }
}

function cacheFile(): string {
  const dir =
    process.env.DB_CACHE_DIR ?? fileURLToPath(new URL("../../node_modules/.cache/kmu-db", import.meta.url));
  return join(dir, `pglite-${pgliteVersion()}-template.tar.gz`);
}

async function loadTemplate(): Promise<Blob | undefined> {
  if (template) return template;
  const data = await readFile(cacheFile()).catch(() => undefined);
  if (data) template = new Blob([new Uint8Array(data)]);
  return template;
}

async function saveTemplate(db: PGlite): Promise<void> {
  const blob = await db.dumpDataDir("gzip");
  template = blob;
  const file = cacheFile();
  try {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, new Uint8Array(await blob.arrayBuffer()));
    await rename(tmp, file); // atomic: concurrent processes never read a half-written file
  } catch {
    // cache is an optimisation only
  }
}

/** A new, empty in-memory PostgreSQL (PGlite). The caller closes it. */
export async function freshMemoryPGlite(): Promise<PGlite> {
  const blob = await loadTemplate();
  if (blob) {
    try {
      const db = new PGlite({ loadDataDir: blob });
      await db.waitReady;
      return db;
    } catch {
      template = undefined; // corrupt or incompatible cache: fall back to initdb
    }
  }
  const db = new PGlite();
  await db.waitReady;
  await saveTemplate(db);
  return db;
}

/** Opens (creating if needed) a PGlite data directory; a new one starts from the cached template. */
export async function openPGliteDir(dir: string): Promise<PGlite> {
  mkdirSync(dir, { recursive: true });
  const blob = readdirSync(dir).length === 0 ? await loadTemplate() : undefined;
  if (blob) {
    try {
      const db = new PGlite({ dataDir: dir, loadDataDir: blob });
      await db.waitReady;
      return db;
    } catch {
      template = undefined; // bad cache: start over with initdb in the (new) directory
      await rm(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  const db = new PGlite(dir);
  await db.waitReady;
  return db;
}
