import { route } from "@/lib/http/handler";
import { requireApiUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { db } from "@/lib/db/client";
import { contentRegistry } from "@/lib/content";
import { buildCompanyExport } from "@/lib/export/build";
import { buildPlanView } from "@/lib/report/plan-view";
import { planCsv } from "@/lib/report/plan-export";
import { planViewLabels } from "@/components/pdf/plan/text";
import pkg from "@/package.json";

type P = { companyId: string };

export const dynamic = "force-dynamic";

/** The company's computed plan as CSV (the PDF's view model); access-checked like the dashboard. */
export const GET = route<P>(async (req, { params }) => {
  const user = await requireApiUser();
  const ctx = await requireCompany(user, params.companyId);
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const exp = await buildCompanyExport(ctx, pkg.version);
  const view = buildPlanView(exp, contentRegistry(), locale, new Date(), planViewLabels(locale));
  await db().auditEvent.create({ data: { companyId: ctx.companyId, userId: user.id, action: "plan.csv", target: ctx.companyId, meta: { locale } } });
  return new Response(planCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName(exp.company.name, locale)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});

function fileName(company: string, locale: string): string {
  const safe = company.normalize("NFKD").replace(/[^\w-]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `${locale === "en" ? "Action-plan" : "Massnahmenplan"}-${safe}`;
}
