import type { ResultView } from "@/lib/report/result-view";
import { ResultDocument, type ResultPdfLabels } from "./result-document";
import { renderDocument } from "./render-document";
import { keepAbbreviationsTogether, mapStrings } from "@/lib/text/typography";

export type ResultPdfInput = { view: ResultView; labels: ResultPdfLabels; dateText: string; toolVersion: string };

/** Renders one assessment's result in the calling thread. The server calls it only inside the worker pool. */
export async function renderResultPdf(input: ResultPdfInput, root?: string): Promise<Buffer> {
  const { view, labels, dateText, toolVersion } = mapStrings(input, keepAbbreviationsTogether);
  return renderDocument(<ResultDocument view={view} labels={labels} dateText={dateText} toolVersion={toolVersion} />, {
    root,
    pageLabel: (page, total) => `${labels.page} ${page} / ${total}`,
  });
}
