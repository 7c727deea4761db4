import { companyRoute } from "@/lib/http/handler";
import { actorKey } from "@/lib/auth/access";
import { getEnv } from "@/lib/env";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { pdfPool } from "@/components/pdf/pool";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { hostName } from "@/lib/legal/documents";
import { loadPlanView } from "../plan-view";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's action plan as PDF, rendered in the worker pool; access-checked like the dashboard. */
export const GET = companyRoute<P>("pdf.export", async (req, { ctx }) => {
  const { locale, companyName, view } = await loadPlanView(req, ctx);
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderPlan({ ...view, hostName: hostName() }, actorKey(ctx));
  await auditAlone({ ...auditActor(ctx), action: "plan.pdf", target: ctx.companyId, meta: { locale } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Action-plan" : "Maßnahmenplan"}-${companyName}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
