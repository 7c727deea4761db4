import { NextResponse } from "next/server";
import { z } from "zod";
import { parseFields, readJson, userRoute } from "@/lib/http/handler";
import { createWorkshopSchema } from "@/lib/workshops/schemas";
import { createWorkshop } from "@/lib/workshops/mutations";

/** Creates a workshop; the signed-in user runs it. */
export const POST = userRoute(async (req, { user }) => {
  const raw = await readJson(req, z.record(z.string(), z.unknown()), 4096);
  const w = await createWorkshop(user, parseFields(createWorkshopSchema, raw));
  return NextResponse.json({ id: w.id, url: `/advisor/workshops/${w.id}` }, { status: 201 });
});
