import { NextResponse } from "next/server";
import { userRoute } from "@/lib/http/handler";
import { requireWorkshop } from "@/lib/workshops/access";
import { liveState } from "@/lib/workshops/publish";

/** The projector's data: counts always, the group aggregate only once published (≥ k companies). Polled. */
export const GET = userRoute<{ workshopId: string }>(async (_req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  return NextResponse.json(await liveState(w), { headers: { "cache-control": "no-store" } });
});
