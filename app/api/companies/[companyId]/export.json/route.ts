import { route } from "@/lib/http/handler";
import { requireApiUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { buildCompanyExport } from "@/lib/export/build";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's data as documented JSON (docs/export-format.md), e.g. for `npm run report`. */
export const GET = route<P>(async (_req, { params }) => {
  const user = await requireApiUser();
  const ctx = await requireCompany(user, params.companyId);
  const exp = await buildCompanyExport(ctx, pkg.version);
  await db().auditEvent.create({ data: { companyId: ctx.companyId, userId: user.id, action: "company.export", target: ctx.companyId } });
  return new Response(JSON.stringify(exp, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": attachmentDisposition(`KMU-Kompass-Export-${exp.company.name}`, "json"),
      "cache-control": "private, no-store",
    },
  });
});
