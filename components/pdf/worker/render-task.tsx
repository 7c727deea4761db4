import { renderToBuffer } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { PlanDocument } from "../plan-document";
import { registerPdfFonts } from "../fonts";

export type RenderTask = { kind: "plan"; view: PlanView; root: string };

/** Runs inside a worker thread: renders the document and hands the bytes back (transferred, not copied). */
export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  registerPdfFonts(task.root);
  const buf = await renderToBuffer(<PlanDocument view={task.view} />);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
