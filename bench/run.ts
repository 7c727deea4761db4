/**
 * `npm run bench`: runs every suite bench/<suite>.ts one after the other (each a standalone script
 * that starts its own server and writes bench/results/<suite>-*.json), then prints a summary.
 * `npm run bench -- pages` runs only the named suites.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "bench");
const wanted = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".test.ts") && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((s) => !wanted.length || wanted.includes(s))
  .sort();

/**
 * The `<suite>[-<variant>]-latest.json` this run of the suite wrote (a variant such as
 * `autosave-pglite` with BENCH_DB): the newest one changed since `since`, or null.
 */
function writtenSince(suite: string, since: number): string | null {
  const results = path.join(dir, "results");
  if (!existsSync(results)) return null;
  const name = new RegExp(`^${suite}(-[a-z]+)?-latest\\.json$`);
  const files = readdirSync(results)
    .filter((f) => name.test(f))
    .map((f) => ({ f: path.join(results, f), t: statSync(path.join(results, f)).mtimeMs }))
    .filter((x) => x.t >= since)
    .sort((a, b) => b.t - a.t);
  return files[0]?.f ?? null;
}

const summary: string[] = [];
for (const suite of suites) {
  console.log(`\n=== bench: ${suite} ===`);
  const t0 = Date.now();
  const res = spawnSync(process.execPath, [path.join("node_modules", ".bin", "tsx"), path.join("bench", `${suite}.ts`)], {
    stdio: "inherit",
    // the production build of React (as `next start` and its PDF workers use), and an exact heap figure
    env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim() },
  });
  const ok = res.status === 0;
  const latest = writtenSince(suite, t0);
  const figures = ok && latest ? JSON.stringify(JSON.parse(readFileSync(latest, "utf8")).figures) : "";
  summary.push(`${ok ? "ok  " : "FAIL"} ${suite} (${Math.round((Date.now() - t0) / 1000)} s) ${figures.slice(0, 400)}`);
}
console.log(`\n=== bench summary ===\n${summary.join("\n")}`);
process.exit(summary.some((s) => s.startsWith("FAIL")) ? 1 : 0);
