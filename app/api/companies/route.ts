import { NextResponse } from "next/server";
import { parseFields, readJson, userRoute } from "@/lib/http/handler";
import { createCompanySchema } from "@/lib/companies/schemas";
import { createCompany } from "@/lib/companies/mutations";
import { z } from "zod";

/** Creates a company with the signed-in user as its owner. */
export const POST = userRoute(async (req, { user }) => {
  const raw = await readJson(req, z.record(z.string(), z.unknown()), 4096);
  const input = parseFields(createCompanySchema, raw);
  const company = await createCompany(user, input);
  return NextResponse.json({ id: company.id, url: `/companies/${company.id}` }, { status: 201 });
});
