import { route } from "@/lib/http/handler";
import { requireApiUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { getResultView } from "@/lib/assessments/result";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale, dateFormat } from "@/lib/i18n/config";
import { pdfPool } from "@/components/pdf/pool";
import { getEnv } from "@/lib/env";
import { resultPdfLabels } from "@/components/pdf/labels";
import { db } from "@/lib/db/client";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import pkg from "@/package.json";

type P = { companyId: string; assessmentId: string };

export const dynamic = "force-dynamic";

export const GET = route<P>(async (req, { params }) => {
  const user = await requireApiUser();
  const ctx = await requireCompany(user, params.companyId);
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const view = await getResultView(ctx, params.assessmentId, locale);
  const t = translator(locale) as unknown as (k: string, v?: Record<string, string | number>) => string;
  const dateText = dateFormat(locale, { dateStyle: "long" }).format(new Date(view.submittedAt));
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderResult({ view, labels: resultPdfLabels(t, view), dateText, toolVersion: pkg.version }, user.id);
  await db().auditEvent.create({ data: { companyId: ctx.companyId, userId: user.id, action: "result.pdf", target: params.assessmentId } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Result" : "Ergebnis"}-${view.questionnaireTitle}-${view.companyName}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
