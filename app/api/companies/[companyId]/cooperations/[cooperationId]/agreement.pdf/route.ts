import { companyRoute } from "@/lib/http/handler";
import { getEnv } from "@/lib/env";
import { actorKey } from "@/lib/auth/access";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { pdfPool } from "@/components/pdf/pool";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { getCooperation } from "@/lib/cooperations/queries";
import { buildAgreementOutline } from "@/lib/cooperations/outline";
import { outlineLabels } from "@/lib/cooperations/labels";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, dateFormat, toLocale } from "@/lib/i18n/config";

type P = { companyId: string; cooperationId: string };

export const dynamic = "force-dynamic";

/** Step 3's outline of a cooperation agreement as PDF, marked on every page as a draft outline and not legal advice. */
export const GET = companyRoute<P>("pdf.export", async (req, { params, ctx }) => {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const t = translator(locale);
  const c = await getCooperation(ctx, params.cooperationId);
  const outline = buildAgreementOutline({ companyName: ctx.companyName, partnerName: c.partnerName, goal: c.goal, agreement: c.agreement, profile: c.profile, labels: outlineLabels(t) });
  const labels = {
    title: t("cooperation.agreement.draftMark"),
    subtitle: t("cooperation.agreement.pdfSubtitle"),
    disclaimer: t("cooperation.agreement.disclaimer"),
    open: t("cooperation.agreement.open"),
    openBadge: t("cooperation.agreement.openBadge"),
    openCount: t("cooperation.agreement.openCount", { count: outline.openCount }),
    date: t("cooperation.agreement.date"),
    footer: t("cooperation.agreement.pdfFooter"),
    page: t("pdf.page"),
  };
  const dateText = dateFormat(locale, { dateStyle: "long" }).format(new Date());
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderOutline({ outline, labels, dateText, locale }, actorKey(ctx));
  await auditAlone({ ...auditActor(ctx), action: "cooperation.outline.pdf", target: c.id, meta: { locale, open: outline.openCount } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Agreement-outline" : "Gliederung-Kooperationsvereinbarung"}-${c.partnerName}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
