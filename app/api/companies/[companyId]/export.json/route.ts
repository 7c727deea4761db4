import { companyRoute } from "@/lib/http/handler";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { buildCompanyExport } from "@/lib/export/build";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's data as documented JSON (docs/export-format.md), e.g. for `npm run report`. */
export const GET = companyRoute<P>("data.export", async (_req, { ctx }) => {
  const exp = await buildCompanyExport(ctx, pkg.version);
  await auditAlone({ ...auditActor(ctx), action: "company.export", target: ctx.companyId });
  return new Response(JSON.stringify(exp, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": attachmentDisposition(`KMU-Kompass-Export-${exp.company.name}`, "json"),
      "cache-control": "private, no-store",
    },
  });
});
