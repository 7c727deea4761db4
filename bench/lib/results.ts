import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Median and percentiles of a list of numbers (ms). */
export function stats(values: number[]): { n: number; median: number; p95: number; min: number; max: number } {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
  return { n: v.length, median: q(0.5), p95: q(0.95), min: v[0], max: v[v.length - 1] };
}

/**
 * How fast this machine is right now: the median time of a fixed piece of JavaScript work (sorting
 * and serialising seeded pseudo-random records). The machines are shared and their speed changes
 * between sessions (the same PDF render measured 648 ms one day and 319 ms the next); figures of two
 * runs compare only together with this number.
 */
export function referenceMs(): number {
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const t = performance.now();
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: `row ${Math.floor(rand() * 1e6)}`, v: rand() }));
    rows.sort((a, b) => a.v - b.v);
    JSON.parse(JSON.stringify(rows)).sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name));
    times.push(performance.now() - t);
  }
  return Math.round(stats(times).median);
}

function commit(): string {
  try {
    return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/**
 * Writes one suite's figures to bench/results/<suite>-<date>.json with the machine, date, commit
 * and command, and a copy as bench/results/<suite>-latest.json.
 */
export function writeResult(suite: string, figures: Record<string, unknown>): string {
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  const doc = {
    suite,
    date: now.toISOString(),
    commit: commit(),
    command: process.argv.map((a) => path.relative(process.cwd(), a) || a).join(" "),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, referenceMs: referenceMs() },
    figures,
  };
  const stamp = now.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const file = path.join(dir, `${suite}-${stamp}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  writeFileSync(path.join(dir, `${suite}-latest.json`), JSON.stringify(doc, null, 2) + "\n");
  console.log(`[bench] ${suite}: ${file}`);
  return file;
}
