import { companyRoute } from "@/lib/http/handler";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { contentRegistry } from "@/lib/content";
import { buildCompanyExport } from "@/lib/export/build";
import { buildPlanView } from "@/lib/report/plan-view";
import { planCsv } from "@/lib/report/plan-export";
import { planViewLabels } from "@/components/pdf/plan/text";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's computed plan as CSV (the PDF's view model), for whoever may download the plan. */
export const GET = companyRoute<P>("pdf.export", async (req, { ctx }) => {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const exp = await buildCompanyExport(ctx, pkg.version);
  const view = buildPlanView(exp, contentRegistry(), locale, new Date(), planViewLabels(locale));
  await auditAlone({ ...auditActor(ctx), action: "plan.csv", target: ctx.companyId, meta: { locale } });
  return new Response(planCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Action-plan" : "Maßnahmenplan"}-${exp.company.name}`, "csv"),
      "cache-control": "private, no-store",
    },
  });
});
