import { companyRoute } from "@/lib/http/handler";
import { auditAlone, auditActor } from "@/lib/audit/write";
import { buildCompanyExport } from "@/lib/export/build";
import { answersCsv } from "@/lib/export/csv";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's answers as CSV (one row per assessment and question). */
export const GET = companyRoute<P>("data.export", async (_req, { ctx }) => {
  const exp = await buildCompanyExport(ctx, pkg.version);
  await auditAlone({ ...auditActor(ctx), action: "company.export.csv", target: ctx.companyId });
  return new Response(answersCsv(exp), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(`KMU-Kompass-Antworten-${exp.company.name}`, "csv"),
      "cache-control": "private, no-store",
    },
  });
});
