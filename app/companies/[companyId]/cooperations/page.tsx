import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { listCooperations } from "@/lib/cooperations/queries";
import { stepIndex } from "@/lib/cooperations/steps";
import { dateFormat } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";
import { CompanyNav } from "../company-nav";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cooperation.pageTitle") };
}

/** The company's cooperations, each with its step in the cycle of trust and its next date. */
export default async function CooperationsPage({ params }: Props) {
  const { companyId } = await params;
  const { ctx } = await requirePageAccess(companyId, "results.read", `/companies/${companyId}/cooperations`);
  const { t, locale } = await getT();
  const list = await listCooperations(ctx);
  const day = dateFormat(locale, { dateStyle: "medium" });
  const fmt = (d: string) => day.format(new Date(`${d}T00:00:00Z`));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("cooperation.title", { company: ctx.companyName })}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("cooperation.intro")}</p>
        <CompanyNav companyId={companyId} ctx={ctx} current="cooperations" />
      </div>
      {list.length === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("cooperation.empty")}</h2>
          <p className="mt-1 text-slate-700">{t("cooperation.emptyNext")}</p>
        </section>
      ) : (
        <ul className="space-y-3" data-testid="cooperation-list">
          {list.map((c) => (
            <li key={c.id} className="rounded-xl bg-white p-4 shadow-sm sm:p-5" data-testid="cooperation">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h2 className="text-lg font-semibold">
                    <Link href={`/companies/${companyId}/cooperations/${c.id}`} className="underline">{c.partnerName}</Link>
                    {c.status !== "active" && <span className="ml-2 text-sm font-normal text-slate-600">({t("cooperation.list.ended")})</span>}
                  </h2>
                  <p className="text-sm text-slate-700">{c.field}</p>
                  <p className="mt-1 text-sm" data-testid="cooperation-step">
                    {t("cooperation.list.step", { number: stepIndex(c.currentStep) + 1, title: t(`cooperation.steps.${c.currentStep}.title`) })} · {t("cooperation.list.cycle", { cycle: c.cycle })}
                  </p>
                  <p className="text-sm text-slate-600">{c.nextDate ? t("cooperation.list.nextDate", { date: fmt(c.nextDate) }) : t("cooperation.list.noDate")}</p>
                </div>
                <Link href={`/companies/${companyId}/cooperations/${c.id}/steps/${c.currentStep}`} className={buttonClass("secondary")}>{t("cooperation.list.open")}</Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      {ctx.can("plan.edit") && (
        <p>
          <Link href={`/companies/${companyId}/cooperations/new`} className={buttonClass("primary")} data-testid="new-cooperation-link">{t("cooperation.newLink")}</Link>
        </p>
      )}
    </div>
  );
}
