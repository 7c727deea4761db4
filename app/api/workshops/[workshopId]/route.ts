import { NextResponse } from "next/server";
import { readJson, userRoute } from "@/lib/http/handler";
import { workshopStatusSchema } from "@/lib/workshops/schemas";
import { setWorkshopStatus } from "@/lib/workshops/mutations";

/** Opens or closes the advisor's own workshop. */
export const PATCH = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const { status } = await readJson(req, workshopStatusSchema, 256);
  await setWorkshopStatus(user, params.workshopId, status);
  return NextResponse.json({ status });
});
