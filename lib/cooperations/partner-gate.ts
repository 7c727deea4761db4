import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { GuestGate } from "../guests/gates";

/**
 * The cooperation partner's gate (lib/guests/gates.ts): a partner belongs to one cooperation of the
 * inviting company. It may start the trust check (the newest trust version, answered from its own
 * side, perspective "self") once; after withdrawing its answers it may still open its home page
 * (which says so) but answers nothing more.
 */
async function partnerRow(respondentId: string) {
  return db().cooperationPartner.findUnique({ where: { respondentId }, select: { id: true, withdrawnAt: true, cooperation: { select: { status: true } } } });
}

export const partnerGate: GuestGate = {
  async check(respondentId, action) {
    const p = await partnerRow(respondentId);
    if (!p) throw new AppError("not_found", "linkInvalid");
    if (action === "answer" && p.withdrawnAt) throw new AppError("conflict", "partnerWithdrawn");
  },
  async offers(respondentId) {
    const p = await partnerRow(respondentId);
    if (!p || p.withdrawnAt) return [];
    const started = await db().assessment.count({ where: { respondentId, questionnaireKey: "trust" } });
    return started ? [] : [{ key: "trust", perspective: "self" }];
  },
};
