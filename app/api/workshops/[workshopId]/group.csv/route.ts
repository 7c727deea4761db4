import { userRoute } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { toLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { requireWorkshop } from "@/lib/workshops/access";
import { liveState } from "@/lib/workshops/publish";
import { groupLabels } from "@/lib/workshops/shapes";
import { groupCsv } from "@/lib/workshops/group-csv";
import { recordGroupDownload } from "@/lib/workshops/group-pdf";

export const dynamic = "force-dynamic";

/** The anonymised group result (the last published state) as CSV; nothing before k companies finished. */
export const GET = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  const state = await liveState(w);
  if (!state.publication) throw new AppError("conflict", "groupNotPublished");
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const csv = groupCsv(state.publication.aggregate, groupLabels(w.questionnaires, locale), locale);
  await recordGroupDownload(user, w.id, { format: "csv", seq: state.publication.seq, locale });
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachmentDisposition(`${locale === "en" ? "Group-result" : "Gruppenergebnis"}-${w.title}`, "csv"), "cache-control": "private, no-store" },
  });
});
