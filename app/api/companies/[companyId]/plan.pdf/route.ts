import { companyRoute } from "@/lib/http/handler";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { getEnv } from "@/lib/env";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { contentRegistry } from "@/lib/content";
import { buildCompanyExport } from "@/lib/export/build";
import { buildPlanView } from "@/lib/report/plan-view";
import { planViewLabels } from "@/components/pdf/plan/text";
import { pdfPool } from "@/components/pdf/pool";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { hostName } from "@/lib/legal/documents";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's action plan as PDF, rendered in the worker pool; access-checked like the dashboard. */
export const GET = companyRoute<P>("pdf.export", async (req, { ctx }) => {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const exp = await buildCompanyExport(ctx, pkg.version);
  const view = buildPlanView(exp, contentRegistry(), locale, new Date(), planViewLabels(locale));
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderPlan({ ...view, hostName: hostName() }, ctx.userId);
  await auditAlone({ ...auditActor(ctx), action: "plan.pdf", target: ctx.companyId, meta: { locale } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Action-plan" : "Maßnahmenplan"}-${exp.company.name}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});

