import { NextResponse } from "next/server";
import { z } from "zod";
import { parseFields, readJson, userRoute } from "@/lib/http/handler";
import { workshopChangeSchema } from "@/lib/workshops/schemas";
import { setWorkshopK, setWorkshopStatus } from "@/lib/workshops/mutations";
import { requireWorkshop } from "@/lib/workshops/access";

/**
 * Opens or closes the advisor's own workshop, or changes its k before the first group state (whose
 * it is is checked before the body is read: a stranger gets 404 whatever it sends).
 */
export const PATCH = userRoute<{ workshopId: string }>(async (req, { params, user }) => {
  const w = await requireWorkshop(user, params.workshopId);
  // field by field (a 422 names k), so the form marks the field it refers to
  const change = parseFields(workshopChangeSchema, await readJson(req, z.record(z.string(), z.unknown()), 256));
  if (change.k !== undefined) {
    await setWorkshopK(user, w.id, change.k);
    return NextResponse.json({ k: change.k });
  }
  await setWorkshopStatus(user, w.id, change.status!);
  return NextResponse.json({ status: change.status });
});
