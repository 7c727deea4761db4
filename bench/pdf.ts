/**
 * PDF figures (issue 5), written to bench/results/pdf-*.json:
 * 1. median warm render time of the full example plan in one worker thread of the pool;
 * 2. 20 concurrent plan downloads against a running production server while /api/health is
 *    polled: p95 latency of /api/health (the event loop must stay free);
 * 3. memory (RSS, heap) of the rendering process after 200 renders vs after 20.
 * Run alone: `npx tsx bench/pdf.ts` (port 3319; `node --expose-gc` for exact heap figures).
 */
import { readFileSync } from "node:fs";
import { loadContent } from "../lib/content/load";
import { ContentRegistry } from "../lib/content/registry";
import { parseCompanyExport } from "../lib/export/schema";
import { buildPlanView } from "../lib/report/plan-view";
import { planViewLabels } from "../components/pdf/plan/text";
import { renderPlanPdf } from "../components/pdf/render-plan";
import { createPdfPool } from "../components/pdf/pool";
import http from "node:http";
import { stats, writeResult } from "./lib/results";

const PORT = Number(process.env.BENCH_PDF_PORT ?? 3319);
const exp = parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8")));
const view = buildPlanView(exp, new ContentRegistry(loadContent()), "de", new Date(), planViewLabels("de"));
const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

async function renderTimes() {
  const pool = createPdfPool({ workers: 1, maxQueue: 4, waitMs: 120_000 });
  const t0 = performance.now();
  await pool.renderPlan(view);
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await pool.renderPlan(view);
    times.push(performance.now() - t);
  }
  await pool.destroy();
  return { firstRenderMs: Math.round(first), warm: stats(times.map(Math.round)) };
}

async function memory() {
  const sample = () => {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed) };
  };
  for (let i = 0; i < 20; i++) await renderPlanPdf(view);
  const after20 = sample();
  for (let i = 20; i < 200; i++) await renderPlanPdf(view);
  const after200 = sample();
  return { after20, after200, heapGrowthPercent: Math.round(((after200.heapUsedMB - after20.heapUsedMB) / after20.heapUsedMB) * 1000) / 10, rssGrowthPercent: Math.round(((after200.rssMB - after20.rssMB) / after20.rssMB) * 1000) / 10, gcExposed: typeof globalThis.gc === "function" };
}

/**
 * 20 concurrent downloads while /health is polled every 50 ms. A plain node:http server with the
 * same pool (PDF_WORKERS=2, the server's queue and limits) stands in for `next start`, whose routes
 * need a signed-in member of a company (covered by e2e/pdf.spec.ts).
 */
async function underLoad() {
  // the server's limits (2 workers, 16 waiting, 10 s); cold workers are warmed first without a limit
  const warm = createPdfPool({ workers: 2, maxQueue: 16, waitMs: 120_000 });
  await Promise.all([warm.renderPlan(view), warm.renderPlan(view)]);
  await warm.destroy();
  const pool = createPdfPool({ workers: 2, maxQueue: 16, waitMs: 10_000 });
  await Promise.all([pool.renderPlan(view), pool.renderPlan(view)]).catch(() => undefined);
  const server = http.createServer(async (req, res) => {
    if (req.url === "/health") return res.end("ok");
    try {
      const pdf = await pool.renderPlan(view);
      res.writeHead(200, { "content-type": "application/pdf" }).end(pdf);
    } catch {
      res.writeHead(503, { "retry-after": "60" }).end();
    }
  });
  await new Promise<void>((r) => server.listen(PORT, r));
  const base = `http://127.0.0.1:${PORT}`;
  let polling = true;
  const health: number[] = [];
  const poller = (async () => {
    while (polling) {
      const t = performance.now();
      await (await fetch(`${base}/health`)).text();
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const statuses = await Promise.all(Array.from({ length: 20 }, async () => {
    const r = await fetch(`${base}/pdf`);
    await r.arrayBuffer();
    return r.status;
  }));
  const wall = performance.now() - t0;
  polling = false;
  await poller;
  server.close();
  await pool.destroy();
  return { downloads: 20, ok: statuses.filter((s) => s === 200).length, busy503: statuses.filter((s) => s === 503).length, wallMs: Math.round(wall), health: stats(health.map(Math.round)) };
}

const figures: Record<string, unknown> = { render: await renderTimes(), memory: await memory() };
console.log(JSON.stringify(figures, null, 2));
figures.concurrentDownloads = await underLoad().catch((e: unknown) => ({ error: String(e) }));
writeResult("pdf", figures);
console.log(JSON.stringify(figures, null, 2));
process.exit(0);
