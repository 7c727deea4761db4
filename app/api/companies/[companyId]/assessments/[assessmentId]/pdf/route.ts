import { companyRoute } from "@/lib/http/handler";
import { resultPdfResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string; assessmentId: string };

export const dynamic = "force-dynamic";

export const GET = companyRoute<P>("pdf.export", (req, { params, ctx }) => resultPdfResponse(req, ctx, params.assessmentId));
