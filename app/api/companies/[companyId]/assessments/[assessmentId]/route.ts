import { companyRoute } from "@/lib/http/handler";
import { saveResponse, sessionSaveResponse, stateResponse } from "@/lib/http/assessment-responses";

type P = { companyId: string; assessmentId: string };

/** The stored state of one's own draft (used by the client after a conflict or on reload). */
export const GET = companyRoute<P>("answer", (_req, { params, ctx }) => stateResponse(ctx, params.assessmentId));

/** Autosave: first tried in one statement on the session token alone; a refusal gets the full checks and their answer. */
export const PUT = companyRoute<P>(
  "answer",
  (req, { params, ctx }) => saveResponse(req, ctx, params.assessmentId),
  (req, { params, token }) => sessionSaveResponse(req, token, params.companyId, params.assessmentId),
);
