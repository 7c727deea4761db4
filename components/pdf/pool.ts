import path from "node:path";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import type { PlanView } from "@/lib/report/plan-view";
import type { RenderTask } from "./worker/render-task";
import type { ResultPdfInput } from "./render-result";
import type { OutlinePdfInput } from "./outline-document";
import type { GroupPdfInput } from "./group-document";

/**
 * PDF rendering off the request thread: a pool of worker threads (piscina) with bounded concurrency
 * (PDF_WORKERS) and a bounded queue. A request that cannot be queued, or waits longer than
 * `waitMs` in total, gets AppError("unavailable", "pdfBusy") -> 503 with Retry-After, never a hung
 * connection. The server keeps one pool per process.
 */
export type PdfPoolOptions = {
  workers: number;
  maxQueue: number;
  waitMs: number;
  /** documents one owner (a user id) may have running or waiting at once; the rest of the queue stays open to others */
  maxPerOwner?: number;
  root?: string;
};
export type PdfPool = { renderPlan(view: PlanView, owner?: string): Promise<Buffer>; renderResult(input: ResultPdfInput, owner?: string): Promise<Buffer>; renderOutline(input: OutlinePdfInput, owner?: string): Promise<Buffer>; renderGroup(input: GroupPdfInput, owner?: string): Promise<Buffer>; warm(): Promise<void>; stats(): { queued: number; running: number; threads: number }; destroy(): Promise<void> };

export const RETRY_AFTER_SECONDS = 60;

const busy = () => new AppError("unavailable", "pdfBusy", { retryAfterSeconds: RETRY_AFTER_SECONDS });

export function createPdfPool(opts: PdfPoolOptions): PdfPool {
  const root = opts.root ?? process.cwd();
  const pool = new Piscina({
    filename: path.join(/*turbopackIgnore: true*/ root, "components", "pdf", "worker", "render-worker.mjs"),
    minThreads: 1,
    maxThreads: opts.workers,
    maxQueue: opts.maxQueue,
    idleTimeout: 5 * 60_000,
  });
  let running = 0;
  const perOwner = new Map<string, number>();
  const run = async (task: RenderTask, owner?: string): Promise<Buffer> => {
    if (pool.queueSize >= opts.maxQueue) throw busy();
    if (owner !== undefined && opts.maxPerOwner !== undefined) {
      const mine = perOwner.get(owner) ?? 0;
      if (mine >= opts.maxPerOwner) throw busy();
      perOwner.set(owner, mine + 1);
    }
    const signal = AbortSignal.timeout(opts.waitMs);
    running++;
    try {
      const bytes: Uint8Array = await pool.run(task, { signal });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (e) {
      if (signal.aborted || (e instanceof Error && /queue is at limit|aborted/i.test(e.message))) throw busy();
      throw e;
    } finally {
      running--;
      if (owner !== undefined && opts.maxPerOwner !== undefined) {
        const left = (perOwner.get(owner) ?? 1) - 1;
        if (left > 0) perOwner.set(owner, left);
        else perOwner.delete(owner);
      }
    }
  };
  return {
    renderPlan: (view, owner) => run({ kind: "plan", view, root }, owner),
    renderResult: (input, owner) => run({ kind: "result", input, root }, owner),
    renderOutline: (input, owner) => run({ kind: "outline", input, root }, owner),
    renderGroup: (input, owner) => run({ kind: "group", input, root }, owner),
    // a fresh worker needs ~3 s for its first plan (modules, fonts, Yoga, cold code); the server does that at start
    warm: async () => {
      await pool.run({ kind: "warm", root } satisfies RenderTask);
    },
    stats: () => ({ queued: pool.queueSize, running, threads: pool.threads.length }),
    destroy: () => pool.destroy(),
  };
}

const g = globalThis as unknown as { __kmuPdfPool?: PdfPool };

/**
 * The server's pool: PDF_WORKERS threads, up to 16 waiting tasks per thread (a workshop's worth of
 * downloads at once) and a 20 s waiting limit: 20 simultaneous plans on 2 workers take about 10 s.
 * One user may hold 4 documents per thread (running or waiting): a quarter of the queue, so one
 * signed-in client firing downloads in a loop cannot lock the others out.
 */
export function pdfPool(workers: number): PdfPool {
  g.__kmuPdfPool ??= createPdfPool({ workers, maxQueue: workers * 16, maxPerOwner: workers * 4, waitMs: 20_000 });
  return g.__kmuPdfPool;
}
