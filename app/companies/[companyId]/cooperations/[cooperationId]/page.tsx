import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { getCooperation } from "@/lib/cooperations/queries";
import { loadTrustState } from "@/lib/cooperations/trust";
import { listPlanOverrides } from "@/lib/plan/queries";
import { hasOverride } from "@/lib/planning/roadmap";
import { orNotFound } from "@/lib/http/page-errors";
import { dateFormat } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";
import { CooperationHeader, Stepper } from "../parts";
import { TrustSection } from "../trust-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; cooperationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cooperation.pageTitle") };
}

/** One cooperation: its steps, where it stands, and the two-sided trust check with its comparison. */
export default async function CooperationPage({ params }: Props) {
  const { companyId, cooperationId } = await params;
  const base = `/companies/${companyId}/cooperations/${cooperationId}`;
  const { ctx } = await requirePageAccess(companyId, "results.read", base);
  const { t, locale } = await getT();
  const c = await orNotFound(getCooperation(ctx, cooperationId));
  const [state, overrides] = await Promise.all([ctx.can("trust.compare") ? loadTrustState(companyId, c.id) : Promise.resolve(null), listPlanOverrides(ctx)]);
  const day = dateFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <CooperationHeader companyId={companyId} c={c} t={t} />
      <Stepper base={base} c={c} cycle={c.cycle} active={null} t={t} />
      <section className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 className="text-lg font-semibold">{t("cooperation.nextStepTitle")}</h2>
        <p className="mt-1 text-slate-700">{t(`cooperation.steps.${c.currentStep}.intro`)}</p>
        <p className="mt-3"><Link href={`${base}/steps/${c.currentStep}`} className={buttonClass("primary")} data-testid="open-current-step">{t(`cooperation.steps.${c.currentStep}.title`)}</Link></p>
      </section>
      <TrustSection companyId={companyId} c={c} ctx={ctx} state={state} planned={new Set(overrides.filter(hasOverride).map((o) => o.measureId))} t={t} locale={locale} fmt={(iso) => day.format(new Date(iso))} />
    </div>
  );
}
