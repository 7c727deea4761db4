import "server-only";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import { auditAlone } from "../audit/write";
import { advisorActor, requireWorkshop } from "./access";
import { liveState, publicationHandout } from "./publish";

/**
 * What the group PDF renders, for the workshop's own advisor only (anyone else: 404): the last
 * published state, as the projector and the CSV show it, and the handout stored with that very
 * state. Before k companies finished there is none: a clear 409, nothing of the group leaves.
 */
export async function groupPdfState(user: SessionUser, workshopId: string) {
  const w = await requireWorkshop(user, workshopId);
  const state = await liveState(w);
  if (!state.publication) throw new AppError("conflict", "groupNotPublished");
  return { w, publication: state.publication, handout: await publicationHandout(w.id, state.publication.seq) };
}

/**
 * Records that the advisor took the group result away (the workshop's log, as its creation and
 * closing): which file, which published state, in which language. Call it once the file is made.
 */
export function recordGroupDownload(user: SessionUser, workshopId: string, file: { format: "pdf" | "csv"; seq: number; locale: string }): Promise<void> {
  return auditAlone({ ...advisorActor(user), action: `workshop.group.${file.format}`, target: workshopId, meta: { seq: file.seq, locale: file.locale } });
}
