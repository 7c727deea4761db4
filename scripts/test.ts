/**
 * `npm test`: every tier, in order, stopping at nothing so that one run shows everything.
 *   lint · types · migration drift · unit (vitest) · database (PGlite, and PostgreSQL when
 *   TEST_DATABASE_URL or 127.0.0.1:5432 is reachable) · e2e (Playwright in Debian's Chromium,
 *   installed here when missing, against the production build). Chromium and poppler-utils (pdftotext,
 *   which the unit tests of the PDFs use) are installed before the unit step when missing.
 * Options: --only=<step,...> runs a subset (lint,types,drift,unit,db,e2e).
 * Env: KMU_REQUIRE_POSTGRES=1 fails the db step when no PostgreSQL is reachable (set by .ci/run).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Counts = { passed: number; failed: number; skipped: number };
type Step = { name: string; run: () => { ok: boolean; counts?: Counts } };

const root = process.cwd();
const out = path.join(root, "test-results", "reports");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function sh(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status === 0;
}


function bin(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

/**
 * Debian's chromium (Playwright cannot download browsers here) and poppler-utils (unit tests read
 * the PDFs they render with pdftotext): installed before the first step that needs either.
 */
let tools: boolean | undefined;
function ensureTools(): boolean {
  return (tools ??= installTools());
}

function installTools(): boolean {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const have = existsSync(chromium) && spawnSync("which", ["pdftotext"]).status === 0;
  if (have) return true;
  console.log("\n[test] installing Debian's chromium and poppler-utils (Playwright cannot download browsers here) …");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args: string[]) => sh(sudo[0] ?? "apt-get", [...(sudo.length ? ["apt-get"] : []), ...args]);
  return apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "-o", "DPkg::Lock::Timeout=120", "chromium", "poppler-utils"]);
}

const steps: Step[] = [
  { name: "lint", run: () => ({ ok: sh(bin("eslint"), [".", "--max-warnings=0"]) }) },
  { name: "types", run: () => ({ ok: sh(bin("tsc"), ["--noEmit"]) }) },
  { name: "drift", run: () => ({ ok: sh(bin("tsx"), ["scripts/db/cli.ts", "drift"]) }) },
  {
    name: "unit",
    run: () => {
      if (!ensureTools()) return { ok: false };
      const file = path.join(out, "unit.json");
      const ok = sh(bin("vitest"), ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
      return { ok, counts: vitestCounts(file) };
    },
  },
  {
    name: "db",
    run: () => {
      const file = path.join(out, "db.json");
      const ok = sh(bin("vitest"), ["run", "--project", "db", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
      return { ok, counts: vitestCounts(file) };
    },
  },
  {
    name: "e2e",
    run: () => {
      if (!ensureTools()) return { ok: false };
      const file = path.join(out, "e2e.json");
      const ok = sh(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      return { ok, counts: playwrightCounts(file) };
    },
  },
];

/**
 * The failed tests with the first lines of their errors, printed last: a CI log is often read from
 * its end, where Playwright's attachment listings had pushed the error itself out of view.
 */
function failureDigest(): string[] {
  const strip = (t: string) => t.replace(/\u001b\[[0-9;]*m/g, "");
  const head = (t: string) => strip(t).split("\n").filter((l) => l.trim()).slice(0, 6).map((l) => `      ${l.slice(0, 200)}`);
  const lines: string[] = [];
  for (const tier of ["unit", "db"]) {
    const file = path.join(out, `${tier}.json`);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8")) as { testResults: { name: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[] };
    for (const f of r.testResults) for (const t of f.assertionResults) if (t.status === "failed") lines.push(`  ${tier}: ${path.relative(root, f.name)} › ${t.fullName}`, ...head(t.failureMessages.join("\n")));
  }
  const e2e = path.join(out, "e2e.json");
  if (existsSync(e2e)) {
    type Suite = { title: string; file?: string; specs?: { title: string; tests: { results: { status: string; error?: { message?: string } }[] }[] }[]; suites?: Suite[] };
    const walk = (s: Suite, file: string): void => {
      for (const spec of s.specs ?? []) {
        const failed = spec.tests.flatMap((t) => t.results).filter((r) => r.status === "failed" || r.status === "timedOut");
        if (failed.length) lines.push(`  e2e: ${file} › ${spec.title}`, ...head(failed.at(-1)?.error?.message ?? failed.at(-1)!.status));
      }
      for (const child of s.suites ?? []) walk(child, s.file ?? file);
    };
    for (const s of (JSON.parse(readFileSync(e2e, "utf8")) as { suites: Suite[] }).suites) walk(s, s.file ?? s.title);
  }
  return lines.length ? ["── failed tests ──", ...lines] : [];
}

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const results: { name: string; ok: boolean; counts?: Counts; seconds: number }[] = [];
for (const step of steps.filter((s) => !only || only.includes(s.name))) {
  const t0 = Date.now();
  const r = step.run();
  results.push({ name: step.name, ...r, seconds: Math.round((Date.now() - t0) / 1000) });
}

console.log("\n── npm test summary ──");
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  const c = r.counts;
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(6)} ${String(r.seconds).padStart(4)} s${c ? `  (${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""})` : ""}`);
  if (c) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  } else if (!r.ok) total.failed += 1;
}
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps && total.failed === 0) total.failed = failedSteps;
try {
  for (const line of failureDigest()) console.log(line);
} catch (e) {
  console.log(`(no digest of the failed tests: ${String(e)})`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(failedSteps ? 1 : 0);
