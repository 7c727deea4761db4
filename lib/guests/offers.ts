import "server-only";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import { gates, type GuestOffer } from "./gates";

/** What this guest may start, as its workshop or cooperation says. */
export async function guestOffers(ctx: CompanyContext): Promise<GuestOffer[]> {
  if (ctx.via.kind !== "guest") return [];
  return gates[ctx.via.origin].offers(ctx.via.respondentId);
}

/** A guest starts only what its origin offers. */
export async function requireOffered(ctx: CompanyContext, input: { questionnaireKey: string; perspective: string }): Promise<void> {
  const offers = await guestOffers(ctx);
  if (!offers.some((o) => o.key === input.questionnaireKey && o.perspective === input.perspective)) throw new AppError("forbidden", "guestNotOffered");
}
