import { guestRoute } from "@/lib/http/handler";
import { startResponse } from "@/lib/http/assessment-responses";
import { requireOffered } from "@/lib/guests/offers";
import { guestPath } from "@/lib/guests/respondents";

type P = { token: string };

/** A guest starts one of the questionnaires its workshop or cooperation offers. */
export const POST = guestRoute<P>("answer", (req, { params, ctx }) =>
  startResponse(req, ctx, `${guestPath(params.token)}/assessments`, (input) => requireOffered(ctx, input)),
);
