import { readFileSync } from "node:fs";
import path from "node:path";
import { buildPlanView, type PlanView } from "@/lib/report/plan-view";
import { loadContent } from "@/lib/content/load";
import { ContentRegistry } from "@/lib/content/registry";
import { parseCompanyExport } from "@/lib/export/schema";
import { renderPlanPdf } from "../render-plan";
import { renderResultPdf, type ResultPdfInput } from "../render-result";
import { planViewLabels } from "../plan/text";
import { renderOutlinePdf, type OutlinePdfInput } from "../outline-document";
import { renderGroupPdf, type GroupPdfInput } from "../group-document";

export type RenderTask = { root: string } & ({ kind: "plan"; view: PlanView } | { kind: "result"; input: ResultPdfInput } | { kind: "outline"; input: OutlinePdfInput } | { kind: "group"; input: GroupPdfInput } | { kind: "warm" });

/**
 * The worker's first document: the example plan (examples/export-example.json), so react-pdf,
 * Yoga, the fonts and the code paths of a full plan are ready before the first download.
 */
async function warmUp(root: string): Promise<Buffer> {
  const exp = parseCompanyExport(JSON.parse(readFileSync(path.join(root, "examples", "export-example.json"), "utf8")));
  const view = buildPlanView(exp, new ContentRegistry(loadContent(path.join(root, "content"))), "de", new Date(), planViewLabels("de"));
  return renderPlanPdf(view, root);
}

/** Runs inside a worker thread: renders the document and hands the bytes back. */
export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const buf =
    task.kind === "plan" ? await renderPlanPdf(task.view, task.root)
    : task.kind === "result" ? await renderResultPdf(task.input, task.root)
    : task.kind === "outline" ? await renderOutlinePdf(task.input, task.root)
    : task.kind === "group" ? await renderGroupPdf(task.input, task.root)
    : await warmUp(task.root);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
