import { guestRoute } from "@/lib/http/handler";
import { submitResponse } from "@/lib/http/assessment-responses";

type P = { token: string; assessmentId: string };

export const POST = guestRoute<P>("answer", (req, { params, ctx }) => submitResponse(req, ctx, params.assessmentId));
