import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentRegistry } from "@/lib/content/registry";
import { parseCompanyExport } from "@/lib/export/schema";
import { buildPlanView } from "@/lib/report/plan-view";
import { AppError } from "@/lib/errors";
import { planViewLabels } from "./plan/text";
import { createPdfPool, RETRY_AFTER_SECONDS, type PdfPool } from "./pool";

const view = buildPlanView(
  parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8"))),
  new ContentRegistry(loadContent()),
  "de",
  new Date("2026-11-22T10:00:00Z"),
  planViewLabels("de"),
);
const pools: PdfPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.destroy()));
});

const outcome = (r: PromiseSettledResult<Buffer>) =>
  r.status === "fulfilled" ? (r.value.subarray(0, 5).toString() === "%PDF-" ? "pdf" : "garbage") : r.reason instanceof AppError ? `${r.reason.code}:${r.reason.messageKey}` : String(r.reason);

describe("PDF worker pool", () => {
  it("renders in a worker thread, rejects what does not fit in the queue with pdfBusy, and keeps working", async () => {
    const pool = createPdfPool({ workers: 1, maxQueue: 1, waitMs: 120_000 });
    pools.push(pool);
    expect(outcome((await Promise.allSettled([pool.renderPlan(view)]))[0])).toBe("pdf"); // warm: fonts loaded
    const results = (await Promise.allSettled([1, 2, 3, 4].map(() => pool.renderPlan(view)))).map(outcome);
    expect(results.filter((r) => r === "pdf")).toHaveLength(2); // one running, one queued
    expect(results.filter((r) => r === "unavailable:pdfBusy")).toHaveLength(2);
    expect(outcome((await Promise.allSettled([pool.renderPlan(view)]))[0])).toBe("pdf");
  }, 180_000);

  it("warms a worker (modules and fonts) without a request, and renders afterwards", async () => {
    const pool = createPdfPool({ workers: 1, maxQueue: 4, waitMs: 120_000 });
    pools.push(pool);
    await pool.warm();
    expect(pool.stats().threads).toBe(1);
    expect(outcome((await Promise.allSettled([pool.renderPlan(view)]))[0])).toBe("pdf");
  }, 120_000);

  it("answers a request that waits too long with pdfBusy and Retry-After details instead of hanging", async () => {
    const pool = createPdfPool({ workers: 1, maxQueue: 4, waitMs: 1 });
    pools.push(pool);
    const err = await pool.renderPlan(view).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(503);
    expect((err as AppError).messageKey).toBe("pdfBusy");
    expect((err as AppError).details).toEqual({ retryAfterSeconds: RETRY_AFTER_SECONDS });
  }, 60_000);
});

describe("PDF worker pool: one owner cannot take every slot", () => {
  it("refuses an owner's documents beyond maxPerOwner with pdfBusy while another owner still gets through", async () => {
    const pool = createPdfPool({ workers: 1, maxQueue: 8, maxPerOwner: 2, waitMs: 120_000 });
    pools.push(pool);
    await pool.warm();
    const mine = [1, 2, 3, 4, 5].map(() => pool.renderPlan(view, "user-a"));
    const theirs = [1, 2].map(() => pool.renderPlan(view, "user-b"));
    const a = (await Promise.allSettled(mine)).map(outcome);
    const b = (await Promise.allSettled(theirs)).map(outcome);
    expect(a.filter((r) => r === "pdf")).toHaveLength(2);
    expect(a.filter((r) => r === "unavailable:pdfBusy")).toHaveLength(3);
    expect(b).toEqual(["pdf", "pdf"]);
    // the slots are given back: the owner renders again afterwards
    expect(outcome((await Promise.allSettled([pool.renderPlan(view, "user-a")]))[0])).toBe("pdf");
  }, 180_000);
});
