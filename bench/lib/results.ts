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
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    figures,
  };
  const stamp = now.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const file = path.join(dir, `${suite}-${stamp}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  writeFileSync(path.join(dir, `${suite}-latest.json`), JSON.stringify(doc, null, 2) + "\n");
  console.log(`[bench] ${suite}: ${file}`);
  return file;
}
