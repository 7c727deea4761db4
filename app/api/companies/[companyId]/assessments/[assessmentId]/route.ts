import { companyRoute } from "@/lib/http/handler";
import { saveResponse, stateResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string; assessmentId: string };

/** The stored state of one's own draft (used by the client after a conflict or on reload). */
export const GET = companyRoute<P>("answer", (_req, { params, ctx }) => stateResponse(ctx, params.assessmentId));

/**
 * Autosave. In production a save that writes is answered before Next by the server's front
 * (lib/http/autosave-front.ts, the same checks in one UPDATE); every other one comes here and gets
 * its reason: 401, 404, 403, 409 with the stored state, 422, 413.
 */
export const PUT = companyRoute<P>("answer", (req, { params, ctx }) => saveResponse(req, ctx, params.assessmentId));
