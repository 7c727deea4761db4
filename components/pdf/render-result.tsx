import { renderToBuffer } from "@react-pdf/renderer";
import type { ResultView } from "@/lib/report/result-view";
import { ResultDocument, type ResultPdfLabels } from "./result-document";
import { registerPdfFonts } from "./fonts";

export async function renderResultPdf(view: ResultView, labels: ResultPdfLabels, dateText: string, toolVersion: string): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ResultDocument view={view} labels={labels} dateText={dateText} toolVersion={toolVersion} />);
}
