import { companyRoute } from "@/lib/http/handler";
import { saveResponse, stateResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string; assessmentId: string };

/** The stored state of one's own draft (used by the client after a conflict or on reload). */
export const GET = companyRoute<P>("answer", (_req, { params, ctx }) => stateResponse(ctx, params.assessmentId));

/** Autosave. */
export const PUT = companyRoute<P>("answer", (req, { params, ctx }) => saveResponse(req, ctx, params.assessmentId));
