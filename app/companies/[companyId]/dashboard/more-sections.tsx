import type { translator } from "@/lib/i18n/server";
import type { CompanyView } from "@/lib/report/company-view";
import { PillarBars } from "@/components/charts/pillars";
import { CycleChart } from "@/components/charts/cycle-chart";
import { SrTable } from "@/components/charts/sr-table";
import Link from "next/link";
import type { CooperationSummary } from "@/lib/cooperations/summary";
import { StartButton } from "./start-button";

type T = ReturnType<typeof translator>;
const round = (v: number | null) => (v === null ? "–" : String(Math.round(v)));

export function TrustSection({ trust, t, companyId }: { trust: CompanyView["trust"]; t: T; companyId: string }) {
  return (
    <section aria-labelledby="trust" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="trust" className="text-lg font-semibold">{t("dashboard.trust.title")}</h2>
      {!trust ? (
        <>
          <p className="mt-2 text-sm text-slate-700">{t("dashboard.trust.missing")}</p>
          <div className="mt-3"><StartButton companyId={companyId} questionnaireKey="trust" label={t("company.startPerspective.self")} variant="secondary" /></div>
        </>
      ) : (
        <>
          <div className="mt-4">
            <PillarBars pillars={trust.pillars} label={t("dashboard.trust.tableCaption")} selfLabel={t("dashboard.trust.self")} partnerLabel={t("dashboard.trust.partner")} />
          </div>
          <SrTable
            caption={t("dashboard.trust.tableCaption")}
            head={[t("dashboard.trust.col.pillar"), t("dashboard.trust.self"), t("dashboard.trust.partner"), t("dashboard.trust.gap")]}
            rows={trust.pillars.map((p) => [p.title, round(p.self), round(p.partner), round(p.gap)])}
          />
          <p className="mt-3 text-sm text-slate-700" data-testid="trust-note">{trust.hasPartner ? t("dashboard.trust.note") : t("dashboard.trust.noPartner")}</p>
          <p className="mt-2 text-sm"><Link href={`/companies/${companyId}/cooperations`} className="font-medium underline">{t("dashboard.trust.toCooperations")}</Link></p>
        </>
      )}
    </section>
  );
}

export function CycleSection({ cycle, t, companyId }: { cycle: CompanyView["cycle"]; t: T; companyId: string }) {
  return (
    <section aria-labelledby="cycle" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="cycle" className="text-lg font-semibold">{t("dashboard.cycle.title")}</h2>
      {!cycle ? (
        <>
          <p className="mt-2 text-sm text-slate-700">{t("dashboard.cycle.missing")}</p>
          <div className="mt-3"><StartButton companyId={companyId} questionnaireKey="cooperation-cycle" label={t("company.start")} variant="secondary" /></div>
        </>
      ) : (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <CycleChart steps={cycle.steps} label={t("dashboard.cycle.tableCaption")} />
            <ol className="mt-2 space-y-1 text-sm">
              {cycle.steps.map((s, i) => (
                <li key={s.id} className={s.current ? "font-semibold text-amber-900" : ""}>
                  {i + 1}. {s.title} · {s.completeness === null ? "–" : t("dashboard.focus.score", { score: Math.round(s.completeness) })}
                </li>
              ))}
            </ol>
          </div>
          <div>
            <p className="font-semibold">{cycle.currentStep ? t("dashboard.cycle.current", { step: cycle.currentStep.title }) : t("dashboard.cycle.allDone")}</p>
            {cycle.currentStep && (
              <>
                <p className="mt-2 text-sm">{t("dashboard.cycle.openItems")}</p>
                <ul className="ml-5 list-disc text-sm text-slate-800">
                  {cycle.currentStep.openItems.map((i) => <li key={i.itemId}>{i.question}</li>)}
                </ul>
              </>
            )}
            <p className="mt-3 text-xs text-slate-600">{t("dashboard.cycle.threshold", { threshold: cycle.threshold })}</p>
          </div>
          <SrTable
            caption={t("dashboard.cycle.tableCaption")}
            head={[t("dashboard.cycle.col.step"), t("dashboard.cycle.col.completeness"), t("dashboard.cycle.col.state")]}
            rows={cycle.steps.map((s) => [s.title, s.completeness === null ? "–" : t("dashboard.focus.score", { score: Math.round(s.completeness) }), s.done ? t("dashboard.cycle.done") : t("dashboard.cycle.notDone")])}
          />
        </div>
      )}
    </section>
  );
}

export function HistorySection({ history, t, fmt }: { history: CompanyView["history"]; t: T; fmt: (iso: string) => string }) {
  const p = history.plan;
  const pct = (n: number) => (p.total ? (100 * n) / p.total : 0);
  return (
    <section aria-labelledby="history" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="history" className="text-lg font-semibold">{t("dashboard.history.title")}</h2>
      {history.readiness ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="history-table">
            <caption className="text-left text-sm text-slate-700">{t("dashboard.history.compare", { previous: fmt(history.readiness.previousAt), current: fmt(history.readiness.currentAt) })}</caption>
            <thead className="text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("dashboard.history.col.dimension")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("dashboard.history.col.previous")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("dashboard.history.col.current")}</th>
                <th scope="col" className="py-2 text-right">{t("dashboard.history.col.delta")}</th>
              </tr>
            </thead>
            <tbody>
              {history.readiness.rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium">{r.title}</th>
                  <td className="py-2 pr-3 text-right tabular-nums">{round(r.previous)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{round(r.current)}</td>
                  <td className={`py-2 text-right tabular-nums ${r.delta !== null && r.delta < 0 ? "text-red-800" : "text-green-800"}`}>{r.delta === null ? "–" : `${r.delta > 0 ? "+" : ""}${Math.round(r.delta)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t("dashboard.history.none")}</p>
      )}
      <h3 className="mt-5 font-semibold">{t("dashboard.history.progress")}</h3>
      <div className="mt-2 flex h-3 overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <div className="bg-green-600" style={{ width: `${pct(p.done)}%` }} />
        <div className="bg-amber-500" style={{ width: `${pct(p.inProgress)}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-700" data-testid="plan-progress">{t("dashboard.history.progressText", { done: p.done, inProgress: p.inProgress, open: p.open, total: p.total })}</p>
    </section>
  );
}

/** The company's active cooperations with their step and next date; the way into the cycle of trust for a real partner. */
export function CooperationsSection({ list, t, companyId, fmt }: { list: CooperationSummary[]; t: T; companyId: string; fmt: (iso: string) => string }) {
  return (
    <section aria-labelledby="cooperations" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="dashboard-cooperations">
      <h2 id="cooperations" className="text-lg font-semibold">{t("cooperation.dashboard.title")}</h2>
      {list.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("cooperation.dashboard.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {list.map((c) => (
            <li key={c.id} className="py-2 text-sm">
              <Link href={`/companies/${companyId}/cooperations/${c.id}/steps/${c.step}`} className="font-semibold underline">{c.partnerName}</Link>
              <span className="block text-slate-700">{t("cooperation.list.step", { number: c.stepNumber, title: t(`cooperation.steps.${c.step}.title`) })} · {t("cooperation.list.cycle", { cycle: c.cycle })}</span>
              <span className="block text-slate-600">{c.nextDate ? t("cooperation.list.nextDate", { date: fmt(`${c.nextDate}T00:00:00Z`) }) : t("cooperation.list.noDate")}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm"><Link href={`/companies/${companyId}/cooperations`} className="font-medium underline">{list.length ? t("cooperation.dashboard.all") : t("cooperation.newLink")}</Link></p>
    </section>
  );
}
