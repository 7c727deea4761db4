import { companyRoute } from "@/lib/http/handler";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { planCsv } from "@/lib/report/plan-export";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { loadPlanView } from "../plan-view";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's computed plan as CSV (the PDF's view model), for whoever may download the plan. */
export const GET = companyRoute<P>("pdf.export", async (req, { ctx }) => {
  const { locale, companyName, view } = await loadPlanView(req, ctx);
  await auditAlone({ ...auditActor(ctx), action: "plan.csv", target: ctx.companyId, meta: { locale } });
  return new Response(planCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Action-plan" : "Maßnahmenplan"}-${companyName}`, "csv"),
      "cache-control": "private, no-store",
    },
  });
});
