import { companyRoute } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { getCooperation } from "@/lib/cooperations/queries";
import { buildIcs } from "@/lib/cooperations/ics";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { attachmentDisposition } from "@/lib/http/content-disposition";

type P = { companyId: string; cooperationId: string };

export const dynamic = "force-dynamic";

/**
 * A download like the PDFs (pdf.export). The next evaluation date as a calendar entry: the date of step 5 in the current cycle, else the
 * next date the last evaluation set.
 */
export const GET = companyRoute<P>("pdf.export", async (req, { params, ctx }) => {
  const c = await getCooperation(ctx, params.cooperationId);
  const date = c.step(c.cycle, "evaluation").dueDate ?? c.evaluations.at(-1)?.nextDate ?? null;
  if (!date) throw new AppError("not_found", "noEvaluationDate");
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  const url = new URL(`/companies/${params.companyId}/cooperations/${c.id}/steps/evaluation`, req.nextUrl.origin).toString();
  const ics = buildIcs({
    uid: `cooperation-${c.id}-${c.cycle}@kmu-kompass`,
    date,
    summary: t("cooperation.evaluation.icsSummary", { partner: c.partnerName }),
    description: t("cooperation.evaluation.icsDescription", { partner: c.partnerName, field: c.field }),
    url,
    now: new Date(),
  });
  await auditAlone({ ...auditActor(ctx), action: "cooperation.ics", target: c.id });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": attachmentDisposition(`${t("cooperation.evaluation.icsSummary", { partner: c.partnerName })}`, "ics"),
      "cache-control": "private, no-store",
    },
  });
});
