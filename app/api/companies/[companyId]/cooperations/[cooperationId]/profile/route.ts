import { NextResponse } from "next/server";
import { z } from "zod";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { updateCooperation } from "@/lib/cooperations/mutations";
import { MAX_COOPERATION_BYTES, profileSchema } from "@/lib/cooperations/schemas";

type P = { companyId: string; cooperationId: string };

/** Step 2: the partner requirements profile (lists one entry per line). */
export const PUT = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const profile = parseFields(profileSchema, await readJson(req, z.record(z.string(), z.unknown()), MAX_COOPERATION_BYTES));
  await updateCooperation(ctx, params.cooperationId, { profile });
  return NextResponse.json({ ok: true });
});
