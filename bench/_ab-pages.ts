/**
 * Paired A/B of two builds' pages (not a suite of `npm run bench`: files starting with `_` are left
 * out). Both servers run at once, each on its own scratch PostgreSQL database with its own signed-in
 * user (set up through the UI); for each page, 7 rounds of 30 requests one after the other to one
 * build, then to the other (the order alternates), and the median of the per-round ratios
 * after / before. Pairing in time cancels most of the machine's drift between the two.
 *
 *   npx tsx bench/_ab-pages.ts <before checkout> <after checkout>
 *
 * Each checkout needs `node_modules` and a build (`npm run build`). Writes
 * bench/results/pages-ab-<date>.json.
 */
import { spawn, execFileSync } from "node:child_process";
import path from "node:path";
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

async function serve(dir: string, port: number, url: string) {
  await applyMigrations({ databaseUrl: url, pgliteDir: "" });
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: url, NEXTAUTH_SECRET: "bench-ab-secret-bench-ab-secret-0123456", NEXTAUTH_URL: `http://localhost:${port}`, LOG_LEVEL: "warn" },
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
  const user = await setUpUser(base, 1);
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir }).toString().trim();
  return { base, user, commit, stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) };
}

const pages: Record<string, (x: Side) => string> = {
  landing: (x) => `${x.base}/`,
  assessment: (x) => `${x.base}/companies/${x.user.companyId}/assessments/${x.user.assessmentIds[0]}`,
  company: (x) => `${x.base}/companies/${x.user.companyId}`,
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const r3 = (x: number) => Math.round(x * 1000) / 1000;

await withScratchDatabase("kmu_ab_before", (beforeUrl) =>
  withScratchDatabase("kmu_ab_after", async (afterUrl) => {
    const before = await serve(beforeDir, 3911, beforeUrl);
    const after = await serve(afterDir, 3912, afterUrl);
    try {
      const figures: Record<string, unknown> = { before: before.commit, after: after.commit, rounds: ROUNDS, requestsPerRound: REQUESTS, database: "postgresql", signedIn: true };
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
