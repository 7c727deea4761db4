import Link from "next/link";
import type { translator } from "@/lib/i18n/server";
import { STEPS, stepIndex, type StepId } from "@/lib/cooperations/steps";
import type { CooperationDetail } from "@/lib/cooperations/queries";

type T = ReturnType<typeof translator>;

/** The cooperation's five steps as links; the current one and the done ones are marked. */
export function Stepper({ base, c, cycle, active, t }: { base: string; c: CooperationDetail; cycle: number; active: StepId | null; t: T }) {
  const past = cycle < c.cycle;
  return (
    <nav aria-label={t("cooperation.stepNav")} className="mt-3">
      <ol className="grid gap-2 sm:grid-cols-5" data-testid="stepper">
        {STEPS.map((s, i) => {
          const done = past || stepIndex(s) < stepIndex(c.currentStep);
          const current = !past && s === c.currentStep;
          return (
            <li key={s}>
              <Link
                href={`${base}/steps/${s}${past ? `?cycle=${cycle}` : ""}`}
                aria-current={active === s ? "step" : undefined}
                className={`block h-full rounded-lg border px-3 py-2 text-sm ${active === s ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-200 bg-white hover:bg-slate-50"}`}
                data-step={s}
                data-state={current ? "current" : done ? "done" : "later"}
              >
                <span className="block text-xs text-slate-600">
                  {t("cooperation.stepNumber", { number: i + 1 })}
                  {current ? ` · ${t("cooperation.current")}` : done ? ` · ${t("cooperation.done")}` : ""}
                </span>
                <span className="font-semibold">{t(`cooperation.steps.${s}.title`)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
      {c.cycle > 1 && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="rounds">
          <span className="text-slate-600">{t("cooperation.roundNav")}:</span>
          {Array.from({ length: c.cycle }, (_, k) => k + 1).map((n) => (
            <Link key={n} href={`${base}/steps/${n === c.cycle ? c.currentStep : "needs"}${n === c.cycle ? "" : `?cycle=${n}`}`} aria-current={n === cycle ? "page" : undefined} className={`rounded px-2 py-0.5 ${n === cycle ? "bg-brand-700 text-white" : "underline"}`}>
              {t("cooperation.round", { cycle: n })}
            </Link>
          ))}
        </p>
      )}
    </nav>
  );
}

export function CooperationHeader({ companyId, c, t }: { companyId: string; c: CooperationDetail; t: T }) {
  return (
    <div>
      <p className="text-sm text-slate-600">
        <Link href={`/companies/${companyId}/cooperations`} className="underline">{t("cooperation.back")}</Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold" data-testid="cooperation-title">{c.partnerName}</h1>
      <p className="text-slate-700">{c.field} · {c.goal}</p>
      <p className="text-sm text-slate-600">
        {t("cooperation.list.step", { number: stepIndex(c.currentStep) + 1, title: t(`cooperation.steps.${c.currentStep}.title`) })} · {t("cooperation.list.cycle", { cycle: c.cycle })}
        {c.status !== "active" ? ` · ${t("cooperation.list.ended")}` : ""}
      </p>
    </div>
  );
}
