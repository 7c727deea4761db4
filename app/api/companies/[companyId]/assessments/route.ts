import { companyRoute } from "@/lib/http/handler";
import { startResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string };

/** Starts one's own copy of a questionnaire (its newest version) and answers where to go. */
export const POST = companyRoute<P>("answer", (req, { params, ctx }) => startResponse(req, ctx, `/companies/${params.companyId}/assessments`));
