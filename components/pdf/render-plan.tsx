import { renderToBuffer } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { PlanDocument } from "./plan-document";
import { registerPdfFonts } from "./fonts";

/** Renders the action plan in the calling thread. The server calls it only inside the worker pool. */
export async function renderPlanPdf(view: PlanView, root?: string): Promise<Buffer> {
  registerPdfFonts(root);
  return renderToBuffer(<PlanDocument view={view} />);
}
