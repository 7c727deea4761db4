import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { loadCompanyView } from "@/lib/dashboard/load";
import { companyViewLabels } from "./labels";
import { ReadinessSection, FocusSection } from "./readiness-section";
import { TrustSection, CycleSection, HistorySection, CooperationsSection } from "./more-sections";
import { loadCooperationSummaries } from "@/lib/cooperations/load-summaries";
import { PlanBoard } from "./plan-board";
import { DecisionSection, DeferredSection } from "./decision-section";
import { StartButton } from "./start-button";
import { AccessModeProvider } from "./access-mode";
import { dateFormat } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.pageTitle") };
}

export default async function DashboardPage({ params }: Props) {
  const { companyId } = await params;
  const { ctx } = await requirePageAccess(companyId, "results.read", `/companies/${companyId}/dashboard`);
  const { t, locale } = await getT();
  const [view, cooperations] = await Promise.all([loadCompanyView(ctx, locale, companyViewLabels(t)), loadCooperationSummaries(ctx, locale)]);
  // an advisor sees that this is a read-only view given by the company, and until when
  const date = dateFormat(locale, { dateStyle: "medium" });
  const fmt = (iso: string) => date.format(new Date(iso));
  const sources = view.sources.map((s) => t("dashboard.sourceItem", { title: s.title, versions: s.versions.join(", "), count: s.respondents })).join("; ");

  const mode = { canAnswer: ctx.can("answer"), canEditPlan: ctx.can("plan.edit"), canExport: ctx.can("pdf.export") };
  return (
    <AccessModeProvider mode={mode}>
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          {ctx.can("company.read") ? <Link href={`/companies/${companyId}`} className="underline">{view.company.name}</Link> : <Link href="/advisor" className="underline">{t("advisor.title")}</Link>}
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("dashboard.title", { company: view.company.name })}</h1>
        <p className="text-slate-700">{t("dashboard.intro")}</p>
      </div>

      {!view.readiness && (
        <section aria-labelledby="empty" className="rounded-xl border border-dashed border-slate-300 bg-white p-6">
          <h2 id="empty" className="text-lg font-semibold">{t("dashboard.empty.title")}</h2>
          <p className="mt-1 text-slate-700">{t("dashboard.empty.text")}</p>
          <div className="mt-3">
            <StartButton companyId={companyId} questionnaireKey="digital-readiness" label={t("dashboard.empty.action")} />
          </div>
        </section>
      )}

      {view.readiness && <DecisionSection view={view} companyId={companyId} t={t} fmt={fmt} />}
      {view.matrix.length > 0 && <PlanBoard companyId={companyId} view={{ matrix: view.matrix, roadmap: view.roadmap }} />}
      <DeferredSection view={view} t={t} />
      {view.readiness && <ReadinessSection r={view.readiness} t={t} fmt={fmt} />}
      {view.readiness && <FocusSection r={view.readiness} t={t} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <TrustSection trust={view.trust} t={t} companyId={companyId} />
        <CycleSection cycle={view.cycle} t={t} companyId={companyId} />
      </div>
      <CooperationsSection list={cooperations} t={t} companyId={companyId} fmt={fmt} />
      {view.readiness && <HistorySection history={view.history} t={t} fmt={fmt} />}

      <section aria-labelledby="context" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="context" className="text-lg font-semibold">{t("dashboard.context.title")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {view.context.facts.map((f) => (
            <div key={f.field} className="flex gap-2">
              <dt className="text-slate-600">{f.label}:</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {!view.context.fromProfile && <p className="mt-2 text-sm text-slate-700">{t("dashboard.context.noProfile")}</p>}
        {view.respondents.length > 0 && (
          <p className="mt-2 text-sm text-slate-700">
            {t("dashboard.context.respondents")}: {[...new Set(view.respondents.map((r) => r.name))].join(", ")}
          </p>
        )}
      </section>

      {view.sources.length > 0 && (
        <p className="text-xs text-slate-600" data-testid="sources">
          {t("dashboard.sources", { sources, scoring: view.scoringVersion, catalogue: view.catalogueVersion ?? "–" })} · {t("dashboard.planningVersion", { version: view.planningVersion })}
        </p>
      )}
    </div>
    </AccessModeProvider>
  );
}
