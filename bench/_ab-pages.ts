/**
 * Paired A/B of two builds' pages (not a suite of `npm run bench`: files starting with `_` are left
 * out). Both servers run at once, each on its own scratch PostgreSQL database (or, with
 * BENCH_DB=pglite, its own PGlite directory, as the pages suite) with its own signed-in user (set up
 * through the UI, with a submitted assessment for the result page); for each page, 7 rounds of 30
 * requests one after the other to one build, then to the other (the order alternates), and the
 * median of the per-round ratios after / before. Pairing in time cancels most of the machine's
 * drift between the two.
 *
 *   [BENCH_DB=pglite] npx tsx bench/_ab-pages.ts <before checkout> <after checkout>
 *
 * Each checkout needs `node_modules` and a build (`npm run build`). Writes
 * bench/results/pages-ab-<date>.json.
 */
import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
import os from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { applyMigrations } from "../scripts/db/migrate";
import { setUpUser } from "./lib/session";
import { withScratchDatabase } from "./lib/scratch-db";
import { sequentialMedian } from "./lib/load";
import { writeResult } from "./lib/results";

const [beforeDir, afterDir] = process.argv.slice(2).map((d) => path.resolve(d));
if (!beforeDir || !afterDir) throw new Error("usage: npx tsx bench/_ab-pages.ts <before checkout> <after checkout>");
const ROUNDS = 7;
const REQUESTS = 30;

type Side = Awaited<ReturnType<typeof serve>>;

const PGLITE = process.env.BENCH_DB === "pglite";

async function serve(dir: string, port: number, url: string) {
  // with PGlite, `url` names the data directory
  await applyMigrations(PGLITE ? { databaseUrl: "", pgliteDir: url } : { databaseUrl: url, pgliteDir: "" });
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...(PGLITE ? { DATABASE_URL: "", PGLITE_DIR: url } : { DATABASE_URL: url }), NEXTAUTH_SECRET: "bench-ab-secret-bench-ab-secret-0123456", NEXTAUTH_URL: `http://localhost:${port}`, LOG_LEVEL: "warn" },
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const user = await setUpUser(base, 2);
  // the second assessment submitted, for the result page
  const api = `${base}/api/companies/${user.companyId}/assessments/${user.assessmentIds[1]}`;
  const headers = { cookie: user.cookie, "content-type": "application/json" };
  const put = await fetch(api, { method: "PUT", headers, body: JSON.stringify({ revision: 0, answers: { data_machine_capture: 2 }, currentPage: 1 }) });
  const sub = await fetch(`${api}/submit`, { method: "POST", headers, body: JSON.stringify({ revision: 1 }) });
  if (!put.ok || !sub.ok) throw new Error(`submit: ${put.status} ${sub.status}`);
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir }).toString().trim();
  return { base, user, commit, stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) };
}

const pages: Record<string, (x: Side) => string> = {
  landing: (x) => `${x.base}/`,
  assessment: (x) => `${x.base}/companies/${x.user.companyId}/assessments/${x.user.assessmentIds[0]}`,
  result: (x) => `${x.base}/companies/${x.user.companyId}/assessments/${x.user.assessmentIds[1]}/result`,
  company: (x) => `${x.base}/companies/${x.user.companyId}`,
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A scratch PostgreSQL database, or with PGlite a fresh data directory. */
function scratch<T>(name: string, fn: (url: string) => Promise<T>): Promise<T> {
  if (!PGLITE) return withScratchDatabase(name, fn);
  const dir = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  return fn(path.join(dir, "pglite")).finally(() => rmSync(dir, { recursive: true, force: true }));
}

await scratch("kmu_ab_before", (beforeUrl) =>
  scratch("kmu_ab_after", async (afterUrl) => {
    const before = await serve(beforeDir, 3911, beforeUrl);
    const after = await serve(afterDir, 3912, afterUrl);
    try {
      const figures: Record<string, unknown> = { before: before.commit, after: after.commit, rounds: ROUNDS, requestsPerRound: REQUESTS, database: PGLITE ? "pglite" : "postgresql", signedIn: true };
      for (const [name, url] of Object.entries(pages)) {
        const run = (x: Side) =>
          sequentialMedian(REQUESTS, async () => {
            const r = await fetch(url(x), { headers: { cookie: x.user.cookie } });
            await r.text();
            return r.status === 200;
          });
        await run(before); // warm-up
        await run(after);
        const b: number[] = [];
        const a: number[] = [];
        const ratios: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const [first, second] = round % 2 ? [after, before] : [before, after];
          const m1 = (await run(first)).medianMs;
          const m2 = (await run(second)).medianMs;
          const [mb, ma] = round % 2 ? [m2, m1] : [m1, m2];
          b.push(mb);
          a.push(ma);
          ratios.push(ma / mb);
        }
        figures[name] = { beforeMedianMs: median(b), afterMedianMs: median(a), ratioMedian: r3(median(ratios)), ratios: ratios.map(r3) };
        console.log(`[ab-pages] ${name}`, figures[name]);
      }
      console.log(`[bench] pages-ab: ${writeResult("pages-ab", figures)}`);
    } finally {
      await before.stop();
      await after.stop();
    }
  }),
);
process.exit(0);
