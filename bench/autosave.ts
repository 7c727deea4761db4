/**
 * Autosave bench: throughput and p95 of PUT /api/companies/[id]/assessments/[id] at 10, 50 and 100
 * concurrent writers (each its own assessment, always with the right revision), on PGlite and on
 * PostgreSQL, and the same update through a bare node:http + pg/PGlite baseline in the same run.
 */
import path from "node:path";
import pg from "pg";
import { startServer } from "./lib/server";
import { load, loadFetch, round, type LoadResult } from "./lib/load";
import { setUpUser } from "./lib/session";
import { writeResult } from "./lib/results";
import { withBaseline } from "./lib/baseline";
import { withScratchDatabase } from "./lib/scratch-db";

const PORT = Number(process.env.BENCH_PORT ?? 3324);
const BASE_PORT = PORT + 1;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const LEVELS = [10, 50, 100];

/** One level of `level` writers, each PUTting its own assessment with the revision it last got back. */
function writers(baseURL: string, path: (id: string) => string, ids: string[], rev: Map<string, number>, headers: Record<string, string>, level: number) {
  let n = 0;
  return load({
    baseURL,
    concurrency: level,
    durationMs: DURATION,
    request: (w) => ({
      method: "PUT",
      path: path(ids[w]),
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ revision: rev.get(ids[w]), answers: { data_machine_capture: n++ % 5, data_no_double_entry: 2 }, currentPage: 1 }),
    }),
    ok: (w, status, body) => {
      if (status !== 200) return false;
      rev.set(ids[w], (JSON.parse(body) as { revision: number }).revision);
      return true;
    },
  });
}

/** The same writers at the top level through the former client (undici fetch in this process), to show what it capped. */
function fetchWriters(baseURL: string, path: (id: string) => string, ids: string[], rev: Map<string, number>, headers: Record<string, string>) {
  let n = 0;
  return loadFetch({ concurrency: LEVELS.at(-1)!, durationMs: DURATION, send: async (w) => {
    const id = ids[w];
    const res = await fetch(baseURL + path(id), { method: "PUT", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ revision: rev.get(id), answers: { data_machine_capture: n++ % 5, data_no_double_entry: 2 }, currentPage: 1 }) });
    if (res.status !== 200) return (await res.arrayBuffer(), false);
    rev.set(id, ((await res.json()) as { revision: number }).revision);
    return true;
  } });
}

async function appRevisions(url: (id: string) => string, ids: string[], headers: Record<string, string>) {
  const rev = new Map<string, number>();
  for (const id of ids) {
    const r = await fetch(url(id), { headers });
    rev.set(id, r.ok && r.headers.get("content-type")?.includes("json") ? ((await r.json()) as { revision: number }).revision : 0);
  }
  return rev;
}

async function baseline(env: Record<string, string>, ids: string[], revs: () => Promise<Map<string, number>>) {
  const rev = await revs(); // the load keeps it current across the levels
  return withBaseline(BASE_PORT, env, async (base) => {
    const out: LoadResult[] = [];
    for (const level of LEVELS) {
      const r = await writers(base, (id) => `/a/${id}`, ids, rev, {}, level);
      console.log(`[autosave] baseline ${env.DATABASE_URL ? "postgresql" : "pglite"}`, r);
      out.push(r);
    }
    // the former client (undici fetch in this process) against the same baseline once, to show what it capped
    const viaFetch = await fetchWriters(base, (id) => `/a/${id}`, ids, rev, {});
    console.log(`[autosave] baseline with the former fetch client`, viaFetch);
    return { levels: out, yardstick: { nodeHttp: out.at(-1)!, fetch: viaFetch } };
  });
}

async function run(kind: "pglite" | "postgresql", databaseUrl?: string) {
  const pgliteDir = path.join(".data", `bench-${PORT}`, "pglite");
  const server = await startServer({ port: PORT, fresh: !databaseUrl, databaseUrl, pgliteDir });
  let setup;
  const app: LoadResult[] = [];
  let appViaFetch: LoadResult | undefined;
  try {
    server.child.once("exit", (code, sig) => console.error(`[autosave] app server exited (${code ?? sig})`));
    setup = await setUpUser(server.baseURL, Math.max(...LEVELS));
    const path = (id: string) => `/api/companies/${setup!.companyId}/assessments/${id}`;
    const rev = await appRevisions((id) => server.baseURL + path(id), setup.assessmentIds, { cookie: setup.cookie });
    for (const level of LEVELS) {
      const r = await writers(server.baseURL, path, setup.assessmentIds, rev, { cookie: setup.cookie }, level);
      console.log(`[autosave] app ${kind}`, r);
      app.push(r);
    }
    appViaFetch = await fetchWriters(server.baseURL, path, setup.assessmentIds, rev, { cookie: setup.cookie });
    console.log(`[autosave] app ${kind} with the former fetch client`, appViaFetch);
  } finally {
    await server.stop();
  }
  const ids = setup.assessmentIds;
  const revs = async () => {
    const m = new Map<string, number>();
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      for (const row of (await c.query<{ id: string; revision: number }>(`SELECT id, revision FROM "Assessment"`)).rows) m.set(row.id, row.revision);
      await c.end();
    }
    return m;
  };
  // the revisions are read before the baseline opens the database (PGlite is one process only)
  const base = await baseline(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir }, ids, databaseUrl ? revs : () => pgliteRevs(pgliteDir));
  const levels = LEVELS.map((level, i) => ({ writers: level, app: app[i], baseline: base.levels[i], throughputRatio: round2(app[i].rps / Math.max(1, base.levels[i].rps)), p95Ratio: round(app[i].p95ms / Math.max(0.1, base.levels[i].p95ms)) }));
  // at the top level, both sides through the former fetch client: the ratio as the issue first measured it
  const viaFetch = { app: appViaFetch!, baseline: base.yardstick.fetch, throughputRatio: round2(appViaFetch!.rps / Math.max(1, base.yardstick.fetch.rps)), p95Ratio: round(appViaFetch!.p95ms / Math.max(0.1, base.yardstick.fetch.p95ms)) };
  return { levels, yardstick: { ...base.yardstick, bothViaFetch: viaFetch } };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function pgliteRevs(dir: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dir);
  const r = await db.query<{ id: string; revision: number }>(`SELECT id, revision FROM "Assessment"`);
  await db.close();
  return new Map(r.rows.map((x) => [x.id, x.revision]));
}

async function main() {
  const only = process.env.BENCH_DB; // pglite | postgresql (default both)
  const figures: Record<string, unknown> = { durationSeconds: DURATION / 1000 };
  if (only !== "postgresql") figures.pglite = await run("pglite");
  if (only === "pglite") return finish(figures);
  figures.postgresql = await withScratchDatabase("kmu_bench", (url) => run("postgresql", url));
  finish(figures);
}

function finish(figures: Record<string, unknown>) {
  writeResult(`autosave${process.env.BENCH_DB ? `-${process.env.BENCH_DB}` : ""}`, figures);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
