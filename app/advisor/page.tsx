import type { Metadata } from "next";
import { grantParts } from "@/lib/auth/policy";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { portfolio } from "@/lib/grants/queries";
import { dateFormat } from "@/lib/i18n/config";
import { CardGrid, PageIntro } from "@/components/ui/card-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("advisor.title") };
}

/** The advisor's portfolio: every company that granted access, its latest band, plan state and activity. */
export default async function AdvisorPage() {
  const user = await requirePageUser("/advisor");
  const { t, locale } = await getT();
  const entries = await portfolio(user);
  const day = dateFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <PageIntro title={t("advisor.title")} intro={t("advisor.intro")} />
      <CardGrid empty={t("advisor.empty")} testId="portfolio">
        {entries.map((e) => (
          <li key={e.companyId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5" data-testid="portfolio-entry">
            <h2 className="text-lg font-semibold text-brand-800">{e.name}</h2>
            <p className="mt-1 text-sm" data-testid="portfolio-band">
              {e.band ? t("advisor.band", { band: t(`bands.${e.band}.name` as never), score: Math.round(e.overall!), date: day.format(e.resultAt!) }) : t("advisor.noResult")}
            </p>
            <p className="text-sm text-slate-700">{t("advisor.plan", { done: e.plan.done, inProgress: e.plan.inProgress })}</p>
            <p className="text-sm text-slate-700">{e.lastActivity ? t("advisor.lastActivity", { date: day.format(e.lastActivity) }) : t("advisor.noActivity")}</p>
            <p className="mt-1 text-xs text-slate-600">{t("advisor.until", { date: day.format(e.expiresAt), parts: grantParts(e.scopes).map((s) => t(`people.scopes.${s}` as never)).join(", ") })}</p>
            <div className="mt-3 flex flex-wrap gap-3 text-sm">
              <Link href={`/companies/${e.companyId}/dashboard`} className="font-semibold text-brand-800 underline">{t("advisor.open")}</Link>
              {e.scopes.includes("pdfs") && <a href={`/api/companies/${e.companyId}/plan.pdf`} download className="font-semibold text-brand-800 underline">{t("plan.ui.download")}</a>}
            </div>
          </li>
        ))}
      </CardGrid>
      <p className="text-sm text-slate-700">{t("advisor.next")}</p>
      <p className="text-sm text-slate-700">
        {t("workshops.teaser")} <Link href="/advisor/workshops" className="font-semibold text-brand-800 underline">{t("workshops.advisorLink")}</Link>
      </p>
    </div>
  );
}
