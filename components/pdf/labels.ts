import type { ResultView } from "@/lib/report/result-view";
import { bands } from "@/lib/scoring/bands";
import type { ResultPdfLabels } from "./result-document";

type T = (key: string, values?: Record<string, string | number>) => string;

/** Builds the PDF's texts from the message files (namespace `pdf`, `bands`, `result`). */
export function resultPdfLabels(t: T, view: ResultView): ResultPdfLabels {
  const weakest = view.dimensions.find((d) => d.id === view.weakest);
  return {
    title: t("pdf.title"),
    subtitle: t("pdf.subtitle", { questionnaire: view.questionnaireTitle }),
    company: t("pdf.company"),
    date: t("pdf.date"),
    respondent: t("pdf.respondent"),
    questionnaire: t("pdf.questionnaire"),
    contentVersion: t("pdf.contentVersion"),
    scoringVersion: t("pdf.scoringVersion"),
    toolVersion: t("pdf.toolVersion"),
    overall: t("result.overall"),
    dimension: t("result.col.dimension"),
    score: t("result.col.score"),
    band: t("result.col.band"),
    answered: t("result.col.answered"),
    bandNames: Object.fromEntries(bands.map((b) => [b.id, t(`bands.${b.id}.name`)])),
    bandMeaning: view.band ? t(`bands.${view.band}.meaning`) : null,
    notAnswered: t("result.notAnswered"),
    next: weakest ? t("result.nextWeakest", { dimension: weakest.title }) : t("result.nextGeneric"),
    footer: t("pdf.footer"),
    page: t("pdf.page"),
  };
}
