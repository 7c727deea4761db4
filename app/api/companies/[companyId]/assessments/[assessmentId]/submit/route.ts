import { companyRoute } from "@/lib/http/handler";
import { submitResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string; assessmentId: string };

export const POST = companyRoute<P>("answer", (req, { params, ctx }) => submitResponse(req, ctx, params.assessmentId));
