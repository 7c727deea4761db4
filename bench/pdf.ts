/**
 * PDF figures (issue 5), written to bench/results/pdf-*.json:
 * 1. render time of the full example plan in one worker thread of the pool: the first render of a
 *    cold worker (and of one the server warmed at start), the median of warm renders of the same plan, and the median of warm renders of
 *    plans the worker has not seen before (other companies, respondents and language; what a server
 *    sees when different companies download their plans);
 * 2. 20 concurrent plan downloads against a server with the pool while /health is polled:
 *    p95 latency of /health (the event loop must stay free) and how many downloads succeeded;
 * 3. the effect of the text layout cache: same plan with and without it, in this process, as a ratio;
 * 4. memory (heap after a full GC, RSS) of the rendering process after 200 renders vs after 20.
 * `machine.referenceMs` in the result says how fast the machine was during the run.
 * Run alone: `npx tsx bench/pdf.ts` (port 3319). `npm run bench` runs it with NODE_ENV=production
 * (React's production build, as in the server) and --expose-gc.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { loadContent } from "../lib/content/load";
import { ContentRegistry } from "../lib/content/registry";
import { parseCompanyExport, type CompanyExport } from "../lib/export/schema";
import { buildPlanView, type PlanView } from "../lib/report/plan-view";
import { planViewLabels } from "../components/pdf/plan/text";
import { renderPlanPdf } from "../components/pdf/render-plan";
import { createPdfPool } from "../components/pdf/pool";
import { preparePdfFonts } from "../components/pdf/fonts";
import { Font } from "@react-pdf/renderer";
import { stats, writeResult } from "./lib/results";

const PORT = Number(process.env.BENCH_PDF_PORT ?? 3319);
const registry = new ContentRegistry(loadContent());
const example = parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8")));
const planOf = (exp: CompanyExport, locale: "de" | "en") => buildPlanView(exp, registry, locale, new Date(), planViewLabels(locale));
const view = planOf(example, "de");
const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

/**
 * Plans of other companies: a new company and new respondent names each time, and alternately
 * only one of the two readiness respondents (other scores, gaps and measures) and English.
 */
function otherPlans(n: number): PlanView[] {
  const readiness = example.assessments.filter((a) => a.questionnaireKey === "digital-readiness");
  return Array.from({ length: n }, (_, i) => {
    const keep = readiness[i % (readiness.length + 1)]; // undefined: keep both
    const exp: CompanyExport = {
      ...example,
      company: { ...example.company, name: `Musterbetrieb ${i + 1} Süd GmbH & Co. KG` },
      assessments: example.assessments
        .filter((a) => a.questionnaireKey !== "digital-readiness" || !keep || a === keep)
        .map((a) => ({ ...a, respondent: a.respondent ? `${a.respondent} ${i + 1}` : a.respondent })),
      plan: example.plan.map((p) => ({ ...p, ownerRole: p.ownerRole ? `${p.ownerRole}, Team ${i + 1}` : p.ownerRole })),
    };
    return planOf(exp, i % 2 ? "en" : "de");
  });
}

async function renderTimes() {
  const pool = createPdfPool({ workers: 1, maxQueue: 4, waitMs: 120_000 });
  const time = async (v: PlanView) => {
    const t = performance.now();
    await pool.renderPlan(v);
    return Math.round(performance.now() - t);
  };
  const first = await time(view);
  for (let i = 0; i < 3; i++) await time(view); // JIT warm-up
  // what the server does at start (instrumentation.ts): warm a fresh worker, then the first download
  const warmed = createPdfPool({ workers: 1, maxQueue: 4, waitMs: 120_000 });
  await warmed.warm(); // renders the example plan
  const t = performance.now();
  await warmed.renderPlan(otherPlans(2)[1]); // another company's plan, in English
  const firstAfterWarmUp = Math.round(performance.now() - t);
  await warmed.destroy();
  const same: number[] = [];
  for (let i = 0; i < 20; i++) same.push(await time(view));
  const others: number[] = [];
  for (const v of otherPlans(20)) others.push(await time(v));
  await pool.destroy();
  return { firstRenderMs: first, firstRenderAfterWarmUpMs: firstAfterWarmUp, warmSamePlan: stats(same), warmOtherPlans: stats(others), pages: await pageCount() };
}

/**
 * What the text layout cache (components/pdf/text-layout-cache.ts) saves, measured in this process
 * on the same machine at the same time: warm renders of the same plan, alternately with and without
 * the cache, and the ratio of the medians.
 */
async function textLayoutCacheEffect() {
  await preparePdfFonts();
  const store = Font as unknown as { layoutTextCached?: unknown };
  const hook = store.layoutTextCached;
  const time = async (cached: boolean) => {
    store.layoutTextCached = cached ? hook : undefined;
    const t = performance.now();
    await renderPlanPdf(view);
    return Math.round(performance.now() - t);
  };
  for (let i = 0; i < 3; i++) {
    await time(true);
    await time(false);
  }
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < 15; i++) {
    on.push(await time(true));
    off.push(await time(false));
  }
  store.layoutTextCached = hook;
  const withCache = stats(on);
  const without = stats(off);
  return { withCache, without, ratio: Math.round((withCache.median / without.median) * 100) / 100 };
}

async function pageCount() {
  const pdf = await renderPlanPdf(view);
  return Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1] ?? NaN);
}

async function memory() {
  const plans = otherPlans(10);
  const sample = () => {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed) };
  };
  for (let i = 0; i < 20; i++) await renderPlanPdf(plans[i % plans.length]);
  const after20 = sample();
  for (let i = 20; i < 200; i++) await renderPlanPdf(plans[i % plans.length]);
  const after200 = sample();
  const growth = (a: number, b: number) => Math.round(((b - a) / a) * 1000) / 10;
  return { after20, after200, heapGrowthPercent: growth(after20.heapUsedMB, after200.heapUsedMB), rssGrowthPercent: growth(after20.rssMB, after200.rssMB), gcExposed: typeof globalThis.gc === "function" };
}

/**
 * 20 concurrent downloads while /health is polled every 50 ms. A plain node:http server with the
 * server's pool settings (2 workers as PDF_WORKERS defaults on this machine, its queue and waiting
 * limit) stands in for `next start`, whose routes need a signed-in member of a company (covered by
 * e2e/pdf.spec.ts). The workers are warmed first, as on a server that has rendered before.
 */
async function underLoad() {
  const pool = createPdfPool({ workers: 2, maxQueue: 32, waitMs: 20_000 });
  await Promise.all([pool.renderPlan(view), pool.renderPlan(view)]);
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
  const downloads = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const t = performance.now();
      const r = await fetch(`${base}/pdf`);
      await r.arrayBuffer();
      return { status: r.status, ms: performance.now() - t };
    }),
  );
  const wall = performance.now() - t0;
  polling = false;
  await poller;
  server.close();
  await pool.destroy();
  const ok = downloads.filter((d) => d.status === 200);
  return { downloads: 20, ok: ok.length, busy503: downloads.filter((d) => d.status === 503).length, wallMs: Math.round(wall), downloadMs: stats(ok.map((d) => Math.round(d.ms))), health: stats(health.map(Math.round)) };
}

const figures: Record<string, unknown> = { nodeEnv: process.env.NODE_ENV ?? "(unset)", render: await renderTimes(), textLayoutCache: await textLayoutCacheEffect(), memory: await memory() };
figures.concurrentDownloads = await underLoad().catch((e: unknown) => ({ error: String(e) }));
writeResult("pdf", figures);
console.log(JSON.stringify(figures, null, 2));
process.exit(0);
