import { userRoute } from "@/lib/http/handler";
import { getEnv } from "@/lib/env";
import { toLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/server";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { pdfPool } from "@/components/pdf/pool";
import { groupPdfState, recordGroupDownload } from "@/lib/workshops/group-pdf";
import { groupPdfInput } from "@/components/pdf/group-input";

export const dynamic = "force-dynamic";

/**
 * The group PDF for the handout: the last published state (the same one the projector and the CSV
 * show, never a fresher unpublished one) with the handout stored with it; nothing before k
 * companies finished. Aggregates only: no company, no person.
 */
export const GET = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const { w, publication, handout } = await groupPdfState(user, params.workshopId);
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const t = translator(locale);
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderGroup(groupPdfInput(w, publication, handout, locale, t), user.id);
  await recordGroupDownload(user, w.id, { format: "pdf", seq: publication.seq, locale });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${t("workshops.pdf.file")}-${w.title}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
