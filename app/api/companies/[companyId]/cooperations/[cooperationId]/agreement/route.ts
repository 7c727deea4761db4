import { NextResponse } from "next/server";
import { z } from "zod";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { updateCooperation } from "@/lib/cooperations/mutations";
import { agreementSchema, MAX_COOPERATION_BYTES, type Agreement } from "@/lib/cooperations/schemas";

type P = { companyId: string; cooperationId: string };

/** Step 3: the answers the agreement outline is built from (empty answers stay open). */
export const PUT = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const agreement = parseFields(agreementSchema, await readJson(req, z.record(z.string(), z.unknown()), MAX_COOPERATION_BYTES)) as Agreement;
  await updateCooperation(ctx, params.cooperationId, { agreement });
  return NextResponse.json({ ok: true });
});
