"use client";
import { useState } from "react";
import { useFormatter, useLocale, useTranslations } from "use-intl";
import { quadrantOf } from "@/lib/planning/matrix";
import type { CompanyView, RoadmapItem } from "@/lib/report/company-view";
import { MatrixChart } from "@/components/charts/matrix-chart";
import { Timeline } from "@/components/charts/timeline";
import { SrTable } from "@/components/charts/sr-table";
import { PlanItemCard, type ItemPatch, type ItemState, type SaveState } from "./plan-item-card";
import { dateFormat, toLocale } from "@/lib/i18n/config";
import { useAccessMode } from "./access-mode";

type Props = { companyId: string; view: Pick<CompanyView, "matrix" | "roadmap"> };

/**
 * The interactive part of the dashboard: priority matrix, timeline and roadmap cards share one state,
 * so a change of effort, benefit, phase or status moves the measure at once and is saved as an override.
 */
export function PlanBoard({ companyId, view }: Props) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const locale = useLocale();
  const items = view.roadmap.flatMap((p) => p.items).sort((a, b) => a.rank - b.rank);
  const [state, setState] = useState<Record<string, ItemState>>(() =>
    Object.fromEntries(items.map((i) => [i.measureId, { effort: i.effort, benefit: i.benefit, phase: i.phase, status: i.status, ownerRole: i.ownerRole, dueDate: i.reviewDate.slice(0, 10) }])),
  );
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [focused, setFocused] = useState<string | null>(null);
  const { canEditPlan } = useAccessMode();

  async function change(measureId: string, patch: ItemPatch) {
    const shown: Partial<ItemState> = { ...patch, ownerRole: patch.ownerRole ?? undefined, dueDate: patch.dueDate ?? undefined };
    if (patch.ownerRole === undefined) delete shown.ownerRole;
    if (patch.dueDate === undefined) delete shown.dueDate;
    setState((s) => ({ ...s, [measureId]: { ...s[measureId], ...shown } }));
    setSaves((s) => ({ ...s, [measureId]: { kind: "saving" } }));
    try {
      const res = await fetch(`/api/companies/${companyId}/plan/${measureId}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(patch),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? res.statusText);
      }
      setSaves((s) => ({ ...s, [measureId]: { kind: "saved" } }));
    } catch (e) {
      setSaves((s) => ({ ...s, [measureId]: { kind: "failed", message: e instanceof Error ? e.message : String(e) } }));
    }
  }

  const quad = (id: string) => quadrantOf(state[id].effort, state[id].benefit);
  const quadrantLabel = (q: ReturnType<typeof quad>) => t(`labels.quadrants.${q}`);
  const phases = view.roadmap.map((p) => ({ id: p.id, start: p.startMonth, end: p.endMonth, label: p.label }));
  const phaseOf = (i: RoadmapItem) => phases.find((p) => p.id === state[i.measureId].phase)!;
  const computed = new Map(view.matrix.map((m) => [m.measureId, m]));
  const fmt = dateFormat(toLocale(locale), { dateStyle: "medium" });

  return (
    <>
      <section aria-labelledby="matrix" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="matrix" className="text-lg font-semibold">{t("matrix.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("matrix.hint")}</p>
        <div className="mt-4">
          <MatrixChart
            label={t("matrix.chartLabel")}
            axisEffort={t("matrix.axisEffort")}
            axisBenefit={t("matrix.axisBenefit")}
            quadrants={{ quickWin: quadrantLabel("quick-win"), strategic: quadrantLabel("strategic"), fillIn: quadrantLabel("fill-in"), later: quadrantLabel("later") }}
            focused={focused}
            points={items.map((i) => ({ measureId: i.measureId, rank: i.rank, ...state[i.measureId], overridden: state[i.measureId].effort !== computed.get(i.measureId)?.computedEffort || state[i.measureId].benefit !== computed.get(i.measureId)?.computedBenefit, done: state[i.measureId].status === "done" }))}
          />
          <SrTable
            caption={t("matrix.tableCaption")}
            head={[t("matrix.col.measure"), t("matrix.col.effort"), t("matrix.col.benefit"), t("matrix.col.quadrant")]}
            rows={items.map((i) => [`${i.rank}. ${i.title}`, format.number(state[i.measureId].effort), format.number(state[i.measureId].benefit), quadrantLabel(quad(i.measureId))])}
          />
        </div>
      </section>

      <section aria-labelledby="plan" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" id="roadmap">
        <h2 id="plan" className="text-lg font-semibold">{t("plan.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("plan.hint")}</p>
        <div className="mt-4">
          <Timeline
            label={t("plan.timelineLabel")}
            monthsLabel={t("plan.months")}
            phaseLabels={phases}
            rows={items
              .slice()
              .sort((a, b) => (state[a.measureId].phase === a.phase ? a.startMonth : phaseOf(a).start) - (state[b.measureId].phase === b.phase ? b.startMonth : phaseOf(b).start) || a.rank - b.rank)
              .map((i) => {
                // the scheduled start; after the user moved the measure to another phase, that phase's start
                const startMonth = state[i.measureId].phase === i.phase ? i.startMonth : phaseOf(i).start;
                return { measureId: i.measureId, rank: i.rank, title: i.title, startMonth, endMonth: startMonth + (i.endMonth - i.startMonth), status: state[i.measureId].status };
              })}
          />
        </div>
        {view.roadmap.map((p) => {
          const inPhase = items.filter((i) => state[i.measureId].phase === p.id);
          return (
            <div key={p.id} className="mt-6" data-phase={p.id}>
              <h3 className="border-b border-slate-200 pb-1 font-semibold text-brand-800">{p.label}</h3>
              {inPhase.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">{t("plan.empty")}</p>
              ) : (
                <fieldset disabled={!canEditPlan} className="contents">
                <legend className="sr-only">{p.label}</legend>
                <ol className="mt-3 space-y-3">
                  {inPhase.map((i) => (
                    <PlanItemCard
                      key={i.measureId}
                      item={i}
                      companyId={companyId}
                      canRemove={canEditPlan}
                      state={state[i.measureId]}
                      save={saves[i.measureId]}
                      quadrant={quadrantLabel(quad(i.measureId))}
                      computedEffort={computed.get(i.measureId)?.computedEffort ?? i.effort}
                      computedBenefit={computed.get(i.measureId)?.computedBenefit ?? i.benefit}
                      phases={phases}
                      reviewDate={fmt.format(new Date(state[i.measureId].dueDate || i.reviewDate))}
                      onFocus={() => setFocused(i.measureId)}
                      onChange={(patch) => change(i.measureId, patch)}
                    />
                  ))}
                </ol>
                </fieldset>
              )}
            </div>
          );
        })}
      </section>
    </>
  );
}
