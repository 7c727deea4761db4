import http from "node:http";
import { stats } from "./results";

export type LoadResult = { concurrency: number; requests: number; errors: number; rps: number; p50ms: number; p95ms: number; client: "node:http" | "fetch" };

type Req = { method?: string; path: string; headers?: Record<string, string>; body?: string };

/**
 * The load generator of every hot-path figure: a closed loop over keep-alive `node:http`
 * connections (one socket per worker, requests written straight to it), as autocannon does: each
 * of `concurrency` workers sends its next request when the previous one is answered, for
 * `durationMs`. Worker `w` (0 … concurrency-1) keeps its own index, so each can write its own row.
 * `ok(w, status, body)` decides whether an answer counts (default: status 200); others count as
 * errors and their latency is left out.
 *
 * It replaced an undici `fetch` loop in the same process (`loadFetch` below), whose own cost of
 * ~0.2 ms per request capped the bare baseline well below what the server could answer.
 * (autocannon itself resets a connection's context after each round of its request list, so a
 * connection cannot keep "its" row; that is why the loop is our own.)
 */
export async function load(opts: {
  baseURL: string;
  concurrency: number;
  durationMs: number;
  request: (worker: number) => Req;
  ok?: (worker: number, status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const url = new URL(opts.baseURL);
  const ok = opts.ok ?? ((_w, status) => status === 200);
  return closedLoop(opts.concurrency, opts.durationMs, "node:http", (w) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    return {
      step: async () => {
        const res = await send(agent, url, opts.request(w));
        return ok(w, res.status, res.body);
      },
      close: () => agent.destroy(),
    };
  });
}

function send(agent: http.Agent, url: URL, r: Req): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...r.headers };
    if (r.body !== undefined) headers["content-length"] = Buffer.byteLength(r.body);
    const req = http.request({ agent, host: url.hostname, port: url.port, method: r.method ?? "GET", path: r.path, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(r.body);
  });
}

/**
 * The former generator: `send` in an undici `fetch` loop in this process. Kept for figures whose
 * requests are slow enough that the client's cost does not matter (portfolio), and to show once per
 * run how far it capped the baseline (autosave `yardstick`).
 */
export async function loadFetch(opts: { concurrency: number; durationMs: number; send: (worker: number) => Promise<boolean> }): Promise<LoadResult> {
  return closedLoop(opts.concurrency, opts.durationMs, "fetch", (w) => ({ step: () => opts.send(w) }));
}

/**
 * `concurrency` workers, each sending its next request when the previous one is answered, until
 * `durationMs` are over; a step that answers false or throws counts as an error, and its latency is left out.
 */
async function closedLoop(concurrency: number, durationMs: number, client: LoadResult["client"], worker: (w: number) => { step: () => Promise<boolean>; close?: () => void }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + durationMs;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const { step, close } = worker(w);
      try {
        while (Date.now() < end) {
          const s = performance.now();
          const ok = await step().catch(() => false);
          if (ok) latencies.push(performance.now() - s);
          else errors++;
        }
      } finally {
        close?.();
      }
    }),
  );
  return summary(concurrency, latencies, errors, (performance.now() - t0) / 1000, client);
}

function summary(concurrency: number, latencies: number[], errors: number, seconds: number, client: LoadResult["client"]): LoadResult {
  const st = latencies.length ? stats(latencies) : { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  return { concurrency, requests: latencies.length, errors, rps: Math.round(latencies.length / seconds), p50ms: round(st.median), p95ms: round(st.p95), client };
}

/** Median of `n` requests one after the other (no concurrency): what one visitor waits for a page. */
export async function sequentialMedian(n: number, send: () => Promise<boolean>): Promise<{ n: number; medianMs: number; p95Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    if (!(await send())) throw new Error("request failed");
    times.push(performance.now() - s);
  }
  const st = stats(times);
  return { n, medianMs: round(st.median), p95Ms: round(st.p95) };
}

export const round = (x: number) => Math.round(x * 10) / 10;
