import { guestRoute } from "@/lib/http/handler";
import { saveResponse, stateResponse } from "@/lib/http/assessment-responses";

type P = { token: string; assessmentId: string };

/** The stored state of the guest's own draft. */
export const GET = guestRoute<P>("answer", (_req, { params, ctx }) => stateResponse(ctx, params.assessmentId));

/** Autosave of the guest's own draft. */
export const PUT = guestRoute<P>("answer", (req, { params, ctx }) => saveResponse(req, ctx, params.assessmentId));
