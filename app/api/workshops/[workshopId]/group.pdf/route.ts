import { userRoute } from "@/lib/http/handler";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { toLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/server";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { pdfPool } from "@/components/pdf/pool";
import { requireWorkshop } from "@/lib/workshops/access";
import { liveState, publicationHandout } from "@/lib/workshops/publish";
import { groupPdfInput } from "@/components/pdf/group-input";

export const dynamic = "force-dynamic";

/**
 * The group PDF for the handout: the last published state (the same one the projector and the CSV
 * show, never a fresher unpublished one) with the handout stored with it; nothing before k
 * companies finished. Aggregates only: no company, no person.
 */
export const GET = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  const state = await liveState(w);
  if (!state.publication) throw new AppError("conflict", "groupNotPublished");
  const handout = await publicationHandout(w.id, state.publication.seq);
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const t = translator(locale);
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderGroup(groupPdfInput(w, state.publication, handout, locale, t), user.id);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${t("workshops.pdf.file")}-${w.title}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
});
