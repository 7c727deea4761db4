import "server-only";
import type { NextRequest } from "next/server";
import type { CompanyContext } from "@/lib/auth/access";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { contentRegistry } from "@/lib/content";
import { buildCompanyExport } from "@/lib/export/build";
import { buildPlanView } from "@/lib/report/plan-view";
import { planViewLabels } from "@/components/pdf/plan/text";
import pkg from "@/package.json";
import { loadCooperationSummaries } from "@/lib/cooperations/load-summaries";

/** The company's plan as the PDF and the CSV render it, in the request's language. */
export async function loadPlanView(req: NextRequest, ctx: CompanyContext) {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const [exp, cooperations] = await Promise.all([buildCompanyExport(ctx, pkg.version), loadCooperationSummaries(ctx, locale)]);
  const view = { ...buildPlanView(exp, contentRegistry(), locale, new Date(), planViewLabels(locale)), cooperations };
  return { locale, companyName: exp.company.name, view };
}
