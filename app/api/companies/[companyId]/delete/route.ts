import { NextResponse } from "next/server";
import { companyRoute, readJson } from "@/lib/http/handler";
import { deleteCompany } from "@/lib/companies/mutations";
import { z } from "zod";

type P = { companyId: string };

/** Deletes the company and all its data; the typed name must match. */
export const POST = companyRoute<P>("company.manage", async (req, { ctx }) => {
  const { confirmName } = await readJson(req, z.object({ confirmName: z.string().max(200) }).strict(), 1024);
  await deleteCompany(ctx, confirmName);
  return NextResponse.json({ url: "/companies?deleted=1" });
});
