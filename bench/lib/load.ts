import { stats } from "./results";

/**
 * A closed-loop load generator (what autocannon does, without the dependency): `concurrency`
 * workers each send the next request as soon as the previous one is answered, for `durationMs`.
 */
export async function load(opts: { concurrency: number; durationMs: number; send: (worker: number) => Promise<boolean> }) {
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
  const seconds = (performance.now() - t0) / 1000;
  const st = latencies.length ? stats(latencies) : { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  return { concurrency: opts.concurrency, requests: latencies.length, errors, rps: Math.round(latencies.length / seconds), p50ms: round(st.median), p95ms: round(st.p95) };
}

export const round = (x: number) => Math.round(x * 10) / 10;
