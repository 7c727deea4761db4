import "server-only";
import type { GuestOrigin } from "../auth/policy";
import { workshopGate } from "../workshops/gate";
import { partnerGate } from "../cooperations/partner-gate";

/** What a guest may start: a questionnaire key and the perspective it answers from. */
export type GuestOffer = { key: string; perspective: "self" | "partner" };

/**
 * What the place a guest comes from (a workshop, a cooperation) says about it, asked on every guest
 * request: `check` refuses with an AppError (a closed workshop, withdrawn answers), `offers` lists
 * the questionnaires this guest may start. Each origin fills its own entry.
 */
export type GuestGate = {
  check(respondentId: string, action: "answer" | "read"): Promise<void>;
  offers(respondentId: string): Promise<GuestOffer[]>;
};

export const gates: Record<GuestOrigin, GuestGate> = {
  workshop: workshopGate,
  partner: partnerGate,
};
