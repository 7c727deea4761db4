/**
 * Page bench on the production build: time from `npm start` to the first 200 (existing build),
 * page latency p50/p95 under load (landing, assessment, result; signed in), and the JavaScript a
 * page sends (sum of the script chunks its HTML references, gzip-compressed).
 */
import { gzipSync } from "node:zlib";
import { startServer } from "./lib/server";
import { load, round } from "./lib/load";
import { setUpUser } from "./lib/session";
import { writeResult } from "./lib/results";
import { buildBareNext, startBareNext } from "./lib/bare-next";

const PORT = Number(process.env.BENCH_PORT ?? 3323);
const BARE_PORT = PORT + 10;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const CONCURRENCY = 10;

/**
 * The JavaScript a page's HTML references, summed: module scripts (what a modern browser runs) and
 * `noModule` scripts (polyfills only old browsers load) apart; raw and gzip level 9, in KiB.
 */
async function js(baseURL: string, path: string, cookie: string) {
  const html = await (await fetch(baseURL + path, { headers: { cookie } })).text();
  const tags = [...new Set([...html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)].map((m) => m[0]))];
  const sum = { module: { scripts: 0, raw: 0, gz: 0 }, noModule: { scripts: 0, raw: 0, gz: 0 } };
  for (const tag of tags) {
    const src = /src="([^"]+)"/.exec(tag)![1];
    const buf = Buffer.from(await (await fetch(new URL(src, baseURL))).arrayBuffer());
    const s = /noModule/i.test(tag) ? sum.noModule : sum.module;
    s.scripts++;
    s.raw += buf.length;
    s.gz += gzipSync(buf, { level: 9 }).length;
  }
  const kib = (s: { scripts: number; raw: number; gz: number }) => ({ scripts: s.scripts, kibRaw: round(s.raw / 1024), kibGzip: round(s.gz / 1024) });
  return { module: kib(sum.module), noModule: kib(sum.noModule), htmlKiB: round(Buffer.byteLength(html) / 1024) };
}

const ROUNDS = 15;
const PER_ROUND = 10;

async function get(url: string, cookie: string): Promise<number> {
  const t = performance.now();
  const r = await fetch(url, { headers: { cookie } });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
  return performance.now() - t;
}

/**
 * Single requests (one visitor at a time), the bare page and each app page in turn: ROUNDS rounds
 * of PER_ROUND requests to each, after a warm-up of both servers, so a change of the machine's speed
 * (or a server still warming up) hits the bare page and the app alike. The ratio is the median of
 * an app page over the median of the bare page of the same rounds.
 */
async function singles(targets: Record<string, { url: string; cookie: string }>) {
  const times: Record<string, number[]> = {};
  for (const t of Object.values(targets)) for (let i = 0; i < 50; i++) await get(t.url, t.cookie);
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, t] of Object.entries(targets)) for (let i = 0; i < PER_ROUND; i++) (times[name] ??= []).push(await get(t.url, t.cookie));
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => {
      const s = [...list].sort((a, b) => a - b);
      return [name, { n: s.length, medianMs: round(s[s.length >> 1]), p95Ms: round(s[Math.floor(s.length * 0.95)]) }];
    }),
  );
}

/** CONCURRENCY connections for DURATION on one page. */
function concurrent(baseURL: string, path: string, cookie: string) {
  return load({ baseURL, concurrency: CONCURRENCY, durationMs: DURATION, request: () => ({ path, headers: { cookie } }) });
}

async function main() {
  // the bare Next page of the same `next`, built in this run
  const t0b = performance.now();
  buildBareNext();
  const bareBuildSeconds = Math.round((performance.now() - t0b) / 1000);
  // warm-up start (builds when needed), then a measured start with the existing build
  let server = await startServer({ port: PORT, fresh: true });
  await server.stop();
  const t0 = performance.now();
  server = await startServer({ port: PORT });
  const startupMs = Math.round(performance.now() - t0);
  const bare = await startBareNext(BARE_PORT);
  try {
    const { cookie, companyId, assessmentIds } = await setUpUser(server.baseURL, 2);
    const [draft, done] = assessmentIds;
    // submit the second one so it has a result page
    const base = `${server.baseURL}/api/companies/${companyId}/assessments/${done}`;
    const headers = { cookie, "content-type": "application/json" };
    const put = await fetch(base, { method: "PUT", headers, body: JSON.stringify({ revision: 0, answers: { data_machine_capture: 2 }, currentPage: 1 }) });
    if (!put.ok) throw new Error(`save: ${put.status}`);
    const sub = await fetch(`${base}/submit`, { method: "POST", headers, body: JSON.stringify({ revision: 1 }) });
    if (!sub.ok) throw new Error(`submit: ${sub.status}`);
    const pages = {
      landing: "/",
      assessment: `/companies/${companyId}/assessments/${draft}`,
      result: `/companies/${companyId}/assessments/${done}/result`,
    };
    for (const [name, path] of Object.entries(pages)) {
      const check = await fetch(server.baseURL + path, { headers: { cookie }, redirect: "manual" });
      if (check.status !== 200) throw new Error(`${name}: ${check.status}`);
    }
    const single = await singles({ bare: { url: `${bare.baseURL}/`, cookie: "" }, ...Object.fromEntries(Object.entries(pages).map(([name, path]) => [name, { url: server.baseURL + path, cookie }])) });
    console.log("[pages] single", single);
    const bareConcurrent = await concurrent(bare.baseURL, "/", "");
    const latency: Record<string, unknown> = { bare: { single: single.bare, concurrent: bareConcurrent } };
    for (const [name, path] of Object.entries(pages)) {
      const c = await concurrent(server.baseURL, path, cookie);
      latency[name] = { single: single[name], concurrent: c, bareSingleMedianMs: single.bare.medianMs, singleRatio: round2(single[name].medianMs / single.bare.medianMs), concurrentRpsRatio: round2(c.rps / bareConcurrent.rps) };
      console.log(`[pages] ${name}`, latency[name]);
    }
    const jsFigures = {
      bare: await js(bare.baseURL, "/", ""),
      landing: await js(server.baseURL, "/", ""),
      landingSignedIn: await js(server.baseURL, "/", cookie),
      companies: await js(server.baseURL, "/companies", cookie),
      assessment: await js(server.baseURL, pages.assessment, cookie),
      result: await js(server.baseURL, pages.result, cookie),
    };
    const landingOverBareKiB = round(jsFigures.landing.module.kibGzip - jsFigures.bare.module.kibGzip);
    console.log("[pages] js", JSON.stringify(jsFigures), "landing over bare", landingOverBareKiB, "startup", startupMs);
    writeResult("pages", { startupMs, bareBuildSeconds, latency, js: jsFigures, landingModuleJsOverBareKiB: landingOverBareKiB, durationSeconds: DURATION / 1000, concurrency: CONCURRENCY, singleRounds: ROUNDS, singlePerRound: PER_ROUND });
  } finally {
    await bare.stop();
    await server.stop();
  }
  process.exit(0);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
