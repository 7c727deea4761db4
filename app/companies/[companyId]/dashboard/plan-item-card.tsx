"use client";
import { useFormatter, useTranslations } from "use-intl";
import type { RoadmapItem } from "@/lib/report/company-view";
import { JsonButton } from "@/components/ui/json-form";
import { PLAN_STATUSES, type PhaseId, type PlanStatus } from "@/lib/planning/roadmap";

export type ItemState = { effort: number; benefit: number; phase: PhaseId; status: PlanStatus; ownerRole: string; dueDate: string };
export type ItemPatch = Partial<Omit<ItemState, "ownerRole" | "dueDate">> & { ownerRole?: string | null; dueDate?: string | null };
export type SaveState = { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

type Props = {
  item: RoadmapItem;
  companyId: string;
  /** whether this reader may change the plan */
  canRemove: boolean;
  state: ItemState;
  save: SaveState | undefined;
  quadrant: string;
  computedEffort: number;
  computedBenefit: number;
  phases: { id: string; label: string }[];
  reviewDate: string;
  onFocus: () => void;
  onChange: (patch: ItemPatch) => void;
};

const statusClass: Record<PlanStatus, string> = {
  open: "bg-slate-100 text-slate-800",
  in_progress: "bg-amber-100 text-amber-900",
  done: "bg-green-100 text-green-900",
};

/** One measure of the roadmap: what to do first, why, and the controls to adjust it (keyboard friendly). */
export function PlanItemCard({ item, companyId, canRemove, state, save, quadrant, computedEffort, computedBenefit, phases, reviewDate, onFocus, onChange }: Props) {
  const t = useTranslations("dashboard");
  const format = useFormatter(); // "4,5" in German, "4.5" in English
  const id = `m-${item.measureId}`;
  return (
    <li className="rounded-lg border border-slate-200 p-4" data-measure={item.measureId} onFocusCapture={onFocus} onMouseEnter={onFocus}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="font-semibold" id={`${id}-title`}>
          <span className="mr-2 inline-flex h-6 w-6 items-center justify-center rounded-full bg-brand-700 text-xs text-white">{item.rank}</span>
          {item.title}
        </h4>
        <div className="flex flex-wrap gap-1 text-xs">
          <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">{quadrant}</span>
          {item.enabler && <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t("plan.enabler")}</span>}
          <span className={`rounded px-2 py-0.5 ${statusClass[state.status]}`} data-testid="status-badge">{t(`labels.statuses.${state.status}`)}</span>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t("plan.owner")}: {state.ownerRole || item.ownerRole} · {t("plan.review")} {reviewDate}
      </p>
      {item.prerequisites.length > 0 && <p className="mt-1 text-xs text-slate-600">{t("plan.after", { list: item.prerequisites.map((p) => p.title).join(", ") })}</p>}
      {item.prerequisiteConflict && <p className="mt-1 text-xs font-semibold text-amber-800">{t("plan.conflict")}</p>}
      {item.kept && <p className="mt-1 text-xs font-semibold text-slate-700" data-testid="kept">{t(item.chosen ? "plan.chosen" : "plan.kept")}</p>}
      {/* a measure the user put in (from a cooperation's suggestions) can be taken out again */}
      {item.kept && item.chosen && canRemove && (
        <div className="mt-2">
          <JsonButton action={`/api/companies/${companyId}/plan/${item.measureId}`} method="PATCH" body={{ chosen: false }} label={t("plan.removeChosen")} variant="secondary" confirmText={t("plan.removeChosenConfirm")} testId={`remove-chosen-${item.measureId}`} />
        </div>
      )}
      {/* the first phase shows its first steps; later phases keep them one click away */}
      <details className="mt-3 text-sm" open={state.phase === "0-3"}>
        <summary className="cursor-pointer font-semibold">{t("plan.firstSteps")}</summary>
        <ol className="ml-5 list-decimal text-slate-800">
          {item.firstSteps.map((s) => <li key={s}>{s}</li>)}
        </ol>
        <p className="mt-2"><span className="font-semibold">{t("plan.kpi")}:</span> {item.kpi}</p>
      </details>
      <details className="mt-2 text-sm" data-testid="why">
        <summary className="cursor-pointer font-semibold text-brand-800">{item.triggeredBy.length ? t("plan.triggeredBy") : t("plan.why")}</summary>
        <ul className="ml-5 mt-1 list-disc text-slate-700">
          {item.why.map((w) => <li key={w}>{w}</li>)}
        </ul>
      </details>
      <details className="mt-2 text-sm" data-testid="adjust">
        <summary className="cursor-pointer font-semibold text-brand-800">{t("plan.edit")}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <label className="block">
            <span className="block">{t("plan.effort")}: <span className="font-semibold">{format.number(state.effort)}</span></span>
            <input type="range" aria-label={t("plan.effort")} min={1} max={5} step={1} value={Math.round(state.effort)} onChange={(e) => onChange({ effort: Number(e.target.value) })} className="w-full accent-brand-700" aria-describedby={`${id}-effort-hint`} />
            <span id={`${id}-effort-hint`} className="text-xs text-slate-600">{t("plan.computed", { value: format.number(computedEffort) })}</span>
          </label>
          <label className="block">
            <span className="block">{t("plan.benefit")}: <span className="font-semibold">{format.number(state.benefit)}</span></span>
            <input type="range" aria-label={t("plan.benefit")} min={1} max={5} step={1} value={Math.round(state.benefit)} onChange={(e) => onChange({ benefit: Number(e.target.value) })} className="w-full accent-brand-700" aria-describedby={`${id}-benefit-hint`} />
            <span id={`${id}-benefit-hint`} className="text-xs text-slate-600">{t("plan.computed", { value: format.number(computedBenefit) })}</span>
          </label>
          <label className="block">
            <span className="block">{t("plan.phase")}</span>
            <select value={state.phase} onChange={(e) => onChange({ phase: e.target.value as PhaseId })} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1">
              {phases.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </label>
          <label className="block">
            <span className="block">{t("plan.ownerInput")}</span>
            <input
              type="text"
              maxLength={80}
              defaultValue={state.ownerRole}
              onBlur={(e) => e.target.value.trim() !== state.ownerRole && onChange({ ownerRole: e.target.value.trim() || null })}
              className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1"
            />
          </label>
          <label className="block">
            <span className="block">{t("plan.dueDate")}</span>
            <input
              type="date"
              value={state.dueDate}
              onChange={(e) => onChange({ dueDate: e.target.value || null })}
              className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1"
            />
          </label>
          <label className="block">
            <span className="block">{t("plan.status")}</span>
            <select value={state.status} onChange={(e) => onChange({ status: e.target.value as PlanStatus })} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1">
              {PLAN_STATUSES.map((s) => <option key={s} value={s}>{t(`labels.statuses.${s}`)}</option>)}
            </select>
          </label>
        </div>
      </details>
      <p className="mt-1 min-h-4 text-xs" role="status" aria-live="polite">
        {save?.kind === "saving" && <span className="text-slate-600">{t("plan.saving")}</span>}
        {save?.kind === "saved" && <span className="text-green-800">{t("plan.saved")}</span>}
        {save?.kind === "failed" && <span className="text-red-800">{t("plan.saveFailed", { message: save.message })}</span>}
      </p>
    </li>
  );
}
