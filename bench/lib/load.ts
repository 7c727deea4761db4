import autocannon from "autocannon";
import { stats } from "./results";

export type LoadResult = { concurrency: number; requests: number; errors: number; rps: number; p50ms: number; p95ms: number; client: "autocannon" | "fetch" };

type Req = { method?: string; path: string; headers?: Record<string, string>; body?: string };

/**
 * The load generator of every hot-path figure: autocannon (keep-alive sockets, requests written
 * straight to them), closed loop: each of `concurrency` connections sends its next request when
 * the previous one is answered, for `durationMs`. Connection `worker` (0 … concurrency-1) keeps its
 * own index, so each can write its own row. `ok(worker, status, body)` decides whether an answer
 * counts (default: status 200); others count as errors and their latency is left out.
 *
 * It replaced an undici `fetch` loop in the same process (`loadFetch` below), whose own cost of
 * ~0.2 ms per request capped the bare baseline well below what the server could answer.
 */
export async function load(opts: {
  baseURL: string;
  concurrency: number;
  durationMs: number;
  request: (worker: number) => Req;
  ok?: (worker: number, status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let nextWorker = 0;
  const ok = opts.ok ?? ((_w, status) => status === 200);
  type Context = { w?: number };
  // autocannon reports each answer twice, right after each other: to onResponse (body, our verdict) and as a 'response' event (its latency)
  let verdict = false;
  const t0 = performance.now();
  let done!: (e: unknown) => void;
  const finished = new Promise((resolve, reject) => (done = (e) => (e ? reject(e) : resolve(null))));
  const instance = autocannon({
    url: opts.baseURL,
    connections: opts.concurrency,
    duration: opts.durationMs / 1000,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        setupRequest: (req, context) => {
          const c = context as Context;
          c.w ??= nextWorker++;
          const r = opts.request(c.w);
          return { ...req, method: (r.method ?? "GET") as autocannon.Request["method"], path: r.path, headers: r.headers ?? {}, body: r.body };
        },
        onResponse: (status, body, context) => {
          verdict = ok((context as Context).w ?? 0, status, body);
        },
      },
    ],
  }, done);
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    if (verdict) latencies.push(responseTime);
    else errors++;
    verdict = false;
  });
  instance.on("reqError", () => errors++);
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  return summary(opts.concurrency, latencies, errors, seconds, "autocannon");
}

/**
 * The former generator: `send` in an undici `fetch` loop in this process. Kept for figures whose
 * requests are slow enough that the client's cost does not matter (portfolio), and to show once per
 * run how far it capped the baseline (autosave `yardstick`).
 */
export async function loadFetch(opts: { concurrency: number; durationMs: number; send: (worker: number) => Promise<boolean> }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + opts.durationMs;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, w) => {
      while (Date.now() < end) {
        const s = performance.now();
        let ok = false;
        try {
          ok = await opts.send(w);
        } catch {
          ok = false;
        }
        if (ok) latencies.push(performance.now() - s);
        else errors++;
      }
    }),
  );
  return summary(opts.concurrency, latencies, errors, (performance.now() - t0) / 1000, "fetch");
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
