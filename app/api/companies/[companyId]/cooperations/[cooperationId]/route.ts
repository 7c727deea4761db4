import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { updateCooperation } from "@/lib/cooperations/mutations";
import { cooperationPatchSchema, MAX_COOPERATION_BYTES } from "@/lib/cooperations/schemas";

type P = { companyId: string; cooperationId: string };

/** Saves step 2's requirements profile, step 3's agreement answers, or ends / reopens the cooperation. */
export const PATCH = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const patch = await readJson(req, cooperationPatchSchema, MAX_COOPERATION_BYTES);
  await updateCooperation(ctx, params.cooperationId, patch);
  return NextResponse.json({ ok: true });
});
