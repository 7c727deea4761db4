import type { PlanView } from "@/lib/report/plan-view";
import { renderPlanPdf } from "../render-plan";
import { renderResultPdf, type ResultPdfInput } from "../render-result";

export type RenderTask = { root: string } & ({ kind: "plan"; view: PlanView } | { kind: "result"; input: ResultPdfInput });

/** Runs inside a worker thread: renders the document and hands the bytes back. */
export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const buf = task.kind === "plan" ? await renderPlanPdf(task.view, task.root) : await renderResultPdf(task.input, task.root);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
