import type { translator } from "@/lib/i18n/server";
import { nextMeasures, type CompanyView } from "@/lib/report/company-view";
import { buttonClass } from "@/components/ui/button";
import { StartButton } from "./start-button";
import { OnlyWith } from "./access-mode";

type T = ReturnType<typeof translator>;

/**
 * The top of the dashboard: where the company stands in one sentence, the next step, the top three
 * measures with owner and date — or, with too few answers, which areas are missing.
 */
export function DecisionSection({ view, companyId, t, fmt }: { view: CompanyView; companyId: string; t: T; fmt: (iso: string) => string }) {
  const top = nextMeasures(view);
  const next = view.nextStep;
  return (
    <section aria-labelledby="decision" className="rounded-xl border border-brand-100 bg-brand-50 p-5 sm:p-6" data-testid="decision">
      <h2 id="decision" className="text-lg font-semibold">{t("dashboard.top.title")}</h2>
      {view.standing && <p className="mt-1 text-slate-800" data-testid="standing">{view.standing}</p>}

      <div className="mt-4" data-testid="next-step">
        <h3 className="font-semibold">{t("dashboard.next.title")}</h3>
        <p className="mt-1">{next.kind === "first-measure" ? t("dashboard.next.first-measure", { title: next.title ?? "" }) : t(`dashboard.next.${next.kind}`)}</p>
        <div className="mt-3 flex flex-wrap gap-3 empty:hidden">
          {next.kind === "complete-answers" && <StartButton companyId={companyId} questionnaireKey={view.readiness?.key ?? "digital-readiness"} label={t("dashboard.next.completeAction")} />}
          {next.kind === "start-profile" && <StartButton companyId={companyId} questionnaireKey="company-profile" label={t("dashboard.next.startProfile")} />}
          {(next.kind === "all-done" || next.kind === "nothing-needed") && <StartButton companyId={companyId} questionnaireKey="digital-readiness" label={t("dashboard.next.startReadiness")} />}
        </div>
      </div>

      {view.missingAreas.length > 0 && (
        <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" role="note" data-testid="missing-areas">
          <p className="font-semibold">{view.planStatus === "insufficient" ? t("dashboard.top.insufficient") : t("dashboard.top.missingTitle")}</p>
          <p className="mt-1">{t("dashboard.top.missingText")}</p>
          <ul className="ml-5 mt-1 list-disc">
            {view.missingAreas.map((m) => (
              <li key={`${m.questionnaire}:${m.dimension}`}>{t("dashboard.top.missingItem", { questionnaire: m.questionnaireTitle, title: m.title, answered: m.answered, total: m.total })}</li>
            ))}
          </ul>
        </div>
      )}

      {top.length > 0 && (
        <div className="mt-5">
          <h3 className="font-semibold">{t("dashboard.top.measures")}</h3>
          <ol className="mt-2 grid gap-3 md:grid-cols-3" data-testid="top-measures">
            {top.map((i) => (
              <li key={i.measureId} className="rounded-lg border border-brand-100 bg-white p-4" data-top-measure={i.measureId}>
                <p className="font-semibold">
                  <span className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs text-white">{i.rank}</span>
                  {i.title}
                </p>
                <p className="mt-1 text-sm text-slate-700">{t("dashboard.top.owner", { role: i.ownerRole })}</p>
                <p className="text-sm text-slate-700">{t("dashboard.top.due", { date: fmt(i.reviewDate) })} · {t("dashboard.top.start", { phase: t(`dashboard.labels.phases.${i.phase}`) })}</p>
                <p className="mt-2 text-sm">{i.firstSteps[0]}</p>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-slate-700" data-testid="capacity">{t("dashboard.top.capacity", { count: view.capacity.concurrent })}</p>
        </div>
      )}

      {(top.length > 0 || view.planStatus === "ok") && (
        <div className="mt-4 flex flex-wrap gap-3" data-testid="plan-links">
          {top.length > 0 && <a href="#roadmap" className={buttonClass(next.kind === "first-measure" ? "primary" : "secondary")}>{t("dashboard.top.allPlan")}</a>}
          {view.planStatus === "ok" && (
            <OnlyWith what="canExport">
              <a href={`/api/companies/${companyId}/plan.pdf`} download className={buttonClass("secondary")}>{t("plan.ui.download")}</a>
              <a href={`/api/companies/${companyId}/plan.csv`} download className={buttonClass("secondary")}>{t("dashboard.plan.csv")}</a>
            </OnlyWith>
          )}
        </div>
      )}
    </section>
  );
}

/** Measures not recommended now, folded, each with its reason. */
export function DeferredSection({ view, t }: { view: CompanyView; t: T }) {
  if (!view.deferred.length) return null;
  return (
    <section aria-labelledby="deferred" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="deferred">
      <details>
        <summary className="cursor-pointer">
          <h2 id="deferred" className="inline text-lg font-semibold">{t("dashboard.deferred.title", { count: view.deferred.length })}</h2>
        </summary>
        <p className="mt-2 text-sm text-slate-700">{t("dashboard.deferred.hint")}</p>
        <ul className="mt-3 space-y-2 text-sm">
          {view.deferred.map((d) => (
            <li key={d.measureId} data-deferred={d.measureId} data-reason={d.reason}>
              <span className="font-semibold">{d.title}</span> – {d.reasonText}
              {d.answers.length > 0 && <span className="block text-xs text-slate-600">{d.answers.map((a) => `${a.question}: ${a.answer}`).join(" · ")}</span>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
