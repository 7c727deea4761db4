import { Document, Page, Text } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { renderPlanPdf } from "../render-plan";
import { renderResultPdf, type ResultPdfInput } from "../render-result";
import { renderDocument } from "../render-document";
import { fontFamilies } from "../fonts";

export type RenderTask = { root: string } & ({ kind: "plan"; view: PlanView } | { kind: "result"; input: ResultPdfInput } | { kind: "warm" });

/** A page in both weights: loads react-pdf, Yoga and the fonts, so the first real download is not the one that waits for it. */
function WarmUp() {
  return (
    <Document>
      <Page size="A6" style={{ fontFamily: fontFamilies, padding: 20 }}>
        <Text>Maßnahmenplan – Prüfung, Größe, Übersicht</Text>
        <Text style={{ fontWeight: 700 }}>Maßnahmenplan – Prüfung, Größe, Übersicht</Text>
      </Page>
    </Document>
  );
}

/** Runs inside a worker thread: renders the document and hands the bytes back. */
export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const buf =
    task.kind === "plan" ? await renderPlanPdf(task.view, task.root) : task.kind === "result" ? await renderResultPdf(task.input, task.root) : await renderDocument(<WarmUp />, { root: task.root });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
