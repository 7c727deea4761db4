import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { z } from "zod";
import { createCooperation } from "@/lib/cooperations/mutations";
import { createCooperationSchema, MAX_COOPERATION_BYTES } from "@/lib/cooperations/schemas";

type P = { companyId: string };

/** Creates a cooperation at step 1 of its first cycle. */
export const POST = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const input = parseFields(createCooperationSchema, await readJson(req, z.record(z.string(), z.unknown()), MAX_COOPERATION_BYTES));
  const c = await createCooperation(ctx, input);
  return NextResponse.json({ id: c.id, url: `/companies/${params.companyId}/cooperations/${c.id}` }, { status: 201 });
});
