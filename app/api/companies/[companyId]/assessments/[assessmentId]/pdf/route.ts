import { companyRoute } from "@/lib/http/handler";
import { getResultView } from "@/lib/assessments/result";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale, dateFormat } from "@/lib/i18n/config";
import { pdfPool } from "@/components/pdf/pool";
import { getEnv } from "@/lib/env";
import { resultPdfLabels } from "@/components/pdf/labels";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { hostName } from "@/lib/legal/documents";
import pkg from "@/package.json";

type P = { companyId: string; assessmentId: string };

export const dynamic = "force-dynamic";

export const GET = companyRoute<P>("pdf.export", async (req, { params, ctx }) => {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const view = await getResultView(ctx, params.assessmentId, locale);
  const t = translator(locale) as unknown as (k: string, v?: Record<string, string | number>) => string;
  const dateText = dateFormat(locale, { dateStyle: "long" }).format(new Date(view.submittedAt));
  const labels = resultPdfLabels(t, view);
  const host = hostName();
  if (host) labels.footer = `${labels.footer} · ${t("legal.operatedBy", { host })}`;
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderResult({ view, labels, dateText, toolVersion: pkg.version }, ctx.userId);
  await auditAlone({ ...auditActor(ctx), action: "result.pdf", target: params.assessmentId });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Result" : "Ergebnis"}-${view.questionnaireTitle}-${view.companyName}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
