/**
 * Page bench on the production build: time from `npm start` to the first 200 (existing build),
 * page latency p50/p95 under load (landing, assessment, result; signed in), and the JavaScript a
 * page sends (sum of the script chunks its HTML references, gzip-compressed).
 */
import { gzipSync } from "node:zlib";
import { startServer } from "./lib/server";
import { load } from "./lib/load";
import { setUpUser } from "./lib/session";
import { writeResult } from "./lib/results";

const PORT = Number(process.env.BENCH_PORT ?? 3323);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const CONCURRENCY = 10;

async function jsKb(baseURL: string, path: string, cookie: string) {
  const html = await (await fetch(baseURL + path, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const s of srcs) {
    const buf = Buffer.from(await (await fetch(new URL(s, baseURL))).arrayBuffer());
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { scripts: srcs.length, kbRaw: Math.round(raw / 1024), kbGzip: Math.round(gz / 1024) };
}

async function main() {
  // warm-up start (builds when needed), then a measured start with the existing build
  let server = await startServer({ port: PORT, fresh: true });
  await server.stop();
  const t0 = performance.now();
  server = await startServer({ port: PORT });
  const startupMs = Math.round(performance.now() - t0);
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
    const latency: Record<string, unknown> = {};
    for (const [name, path] of Object.entries(pages)) {
      const check = await fetch(server.baseURL + path, { headers: { cookie }, redirect: "manual" });
      if (check.status !== 200) throw new Error(`${name}: ${check.status}`);
      await load({ concurrency: 2, durationMs: 1000, send: async () => (await fetch(server.baseURL + path, { headers: { cookie } })).ok });
      latency[name] = await load({ concurrency: CONCURRENCY, durationMs: DURATION, send: async () => {
        const r = await fetch(server.baseURL + path, { headers: { cookie } });
        await r.arrayBuffer();
        return r.status === 200;
      } });
      console.log(`[pages] ${name}`, latency[name]);
    }
    const js = { landing: await jsKb(server.baseURL, "/", ""), assessment: await jsKb(server.baseURL, pages.assessment, cookie) };
    console.log("[pages] js", js, "startup", startupMs);
    writeResult("pages", { startupMs, latency, js, durationSeconds: DURATION / 1000 });
  } finally {
    await server.stop();
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
