import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { workshopStatusSchema } from "@/lib/workshops/schemas";
import { setWorkshopStatus } from "@/lib/workshops/mutations";
import { requireWorkshop } from "@/lib/workshops/access";

/** Opens or closes the advisor's own workshop (whose it is is checked before the body is read: a stranger gets 404 whatever it sends). */
export const PATCH = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  const { status } = await readJson(req, workshopStatusSchema, 256);
  await setWorkshopStatus(user, w.id, status);
  return NextResponse.json({ status });
});
