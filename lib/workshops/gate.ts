import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { GuestGate } from "../guests/gates";

/** The workshop a guest respondent joined, with the state that gates it. */
export function participantWorkshop(respondentId: string) {
  return db().workshopParticipant.findUnique({
    where: { respondentId },
    select: { id: true, companyId: true, email: true, workshop: { select: { id: true, title: true, status: true, questionnaires: true, advisorUserId: true } } },
  });
}

/**
 * The workshop's word on every request of its participants: a closed workshop takes no answers
 * (reading one's own result stays possible); a guest answers the workshop's questionnaires.
 */
export const workshopGate: GuestGate = {
  async check(respondentId, action) {
    const p = await participantWorkshop(respondentId);
    // a guest respondent that no workshop holds (none is created that way) has nothing to gate
    if (action === "answer" && p?.workshop.status === "closed") throw new AppError("conflict", "workshopClosed", { closed: true });
  },
  async offers(respondentId) {
    const p = await participantWorkshop(respondentId);
    return (p?.workshop.questionnaires ?? []).map((key) => ({ key, perspective: "self" as const }));
  },
};
