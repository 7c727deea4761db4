import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentRegistry } from "@/lib/content/registry";
import { parseCompanyExport } from "@/lib/export/schema";
import { buildPlanView, type PlanView } from "@/lib/report/plan-view";
import { planViewLabels } from "./text";
import { renderPlanPdf } from "../render-plan";

/**
 * The roadmap table never leaves a phase heading or its table head alone at the foot of a page: each
 * is followed by at least one row on the same page. The example plan is stretched by 0-7 extra rows in
 * the first phase, which moves the next phase's heading over every position near the page foot.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-breaks-"));
const base = buildPlanView(
  parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8"))),
  new ContentRegistry(loadContent()),
  "de",
  new Date("2026-11-22T10:00:00Z"),
  planViewLabels("de"),
);

function stretched(extra: number): PlanView {
  const view = structuredClone(base);
  const first = view.roadmap.find((p) => p.items.length > 0)!;
  const model = first.items[first.items.length - 1];
  for (let i = 0; i < extra; i++) first.items.push({ ...model, measureId: `${model.measureId}_${i}`, firstSteps: model.firstSteps.slice(0, 1 + (i % 3)) });
  let rank = 1;
  for (const p of view.roadmap) for (const it of p.items) it.rank = rank++;
  return view;
}

/** Roadmap pages that end with a heading or a table head without a row after it. */
function orphans(file: string, view: PlanView): string[] {
  const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f");
  const headings = view.roadmap.filter((p) => p.items.length > 0).map((p) => p.label);
  const found: string[] = [];
  pages.forEach((page, i) => {
    const lines = page.split("\n").filter((l) => l.trim());
    if (!lines.some((l) => /^\s*NR\.\s+MASSNAHME/.test(l))) return;
    lines.forEach((l, j) => {
      const what = headings.includes(l.trim()) ? "heading" : /^\s*NR\.\s+MASSNAHME/.test(l) ? "table head" : null;
      if (!what) return;
      const rowAfter = lines.slice(j + 1).some((x) => /^\s*\d+\s{2,}\S/.test(x));
      if (!rowAfter) found.push(`page ${i + 1}: ${what} "${l.trim().slice(0, 40)}" without a row`);
    });
  });
  return found;
}

describe("PDF roadmap page breaks", () => {
  it("keeps every phase heading and table head together with at least one row", async () => {
    const problems: string[] = [];
    for (let extra = 0; extra < 8; extra++) {
      const view = stretched(extra);
      const file = path.join(dir, `plan-${extra}.pdf`);
      writeFileSync(file, await renderPlanPdf(view));
      problems.push(...orphans(file, view).map((p) => `+${extra} rows, ${p}`));
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
