import type { translator } from "@/lib/i18n/server";
import type { CompanyViewLabels } from "@/lib/report/company-view";
import { bands } from "@/lib/scoring/bands";

type T = ReturnType<typeof translator>;

/** The UI labels the CompanyView needs, from the message files (shared with the PDF). */
export function companyViewLabels(t: T): CompanyViewLabels {
  return {
    bands: Object.fromEntries(bands.map((b) => [b.id, { name: t(`bands.${b.id}.name` as never), meaning: t(`bands.${b.id}.meaning` as never) }])) as CompanyViewLabels["bands"],
    quadrants: { "quick-win": t("dashboard.labels.quadrants.quick-win"), strategic: t("dashboard.labels.quadrants.strategic"), "fill-in": t("dashboard.labels.quadrants.fill-in"), later: t("dashboard.labels.quadrants.later") },
    phases: { "0-3": t("dashboard.labels.phases.0-3"), "3-12": t("dashboard.labels.phases.3-12"), "12-24": t("dashboard.labels.phases.12-24") },
    statuses: { open: t("dashboard.labels.statuses.open"), in_progress: t("dashboard.labels.statuses.in_progress"), done: t("dashboard.labels.statuses.done") },
    contextFields: {
      sizeBand: t("dashboard.labels.contextFields.sizeBand"),
      itCapacity: t("dashboard.labels.contextFields.itCapacity"),
      productionType: t("dashboard.labels.contextFields.productionType"),
      systems: t("dashboard.labels.contextFields.systems"),
      network: t("dashboard.labels.contextFields.network"),
    },
    whyDimension: t.raw("dashboard.labels.whyDimension") as string,
    viewOfPartner: t("plan.viewOfPartner"),
    relevance: { 1: t("dashboard.labels.relevance.1"), 2: t("dashboard.labels.relevance.2"), 3: t("dashboard.labels.relevance.3") },
    planText: t.raw("dashboard.labels.planText" as never) as CompanyViewLabels["planText"],
  };
}
