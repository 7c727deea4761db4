import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { updateCooperation } from "@/lib/cooperations/mutations";
import { cooperationPatchSchema } from "@/lib/cooperations/schemas";

type P = { companyId: string; cooperationId: string };

/** Ends or reopens the cooperation (the profile and the agreement have their own routes). */
export const PATCH = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const patch = await readJson(req, cooperationPatchSchema, 1024);
  await updateCooperation(ctx, params.cooperationId, patch);
  return NextResponse.json({ ok: true });
});
