import { guestRoute } from "@/lib/http/handler";
import { resultPdfResponse } from "@/lib/http/assessment-responses";

type P = { token: string; assessmentId: string };

export const dynamic = "force-dynamic";

/** The guest's own result as PDF (a workshop participant; a partner has no scores to download). */
export const GET = guestRoute<P>("pdf.export", (req, { params, ctx }) => resultPdfResponse(req, ctx, params.assessmentId));
