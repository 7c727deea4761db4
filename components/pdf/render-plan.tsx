import type { PlanView } from "@/lib/report/plan-view";
import { PlanDocument } from "./plan-document";
import { planTranslator } from "./plan/text";
import { renderDocument } from "./render-document";
import { keepAbbreviationsTogether, mapStrings } from "@/lib/text/typography";

/** Renders the action plan in the calling thread. The server calls it only inside the worker pool. */
export async function renderPlanPdf(view: PlanView, root?: string): Promise<Buffer> {
  const { t } = planTranslator(view.locale);
  return renderDocument(<PlanDocument view={mapStrings(view, keepAbbreviationsTogether)} />, { root, pageLabel: (page, total) => t("plan.page", { page, total }) });
}
