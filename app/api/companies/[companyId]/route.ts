import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { createCompanySchema } from "@/lib/companies/schemas";
import { updateCompany } from "@/lib/companies/mutations";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { z } from "zod";

type P = { companyId: string };

/** Changes the company's name, industry, size and region. */
export const PATCH = companyRoute<P>("company.manage", async (req, { ctx }) => {
  const input = parseFields(createCompanySchema, await readJson(req, z.record(z.string(), z.unknown()), 4096));
  await updateCompany(ctx, input);
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  return NextResponse.json({ message: t("people.settings.saved") });
});
