import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { getCooperation } from "@/lib/cooperations/queries";
import { contentRegistry } from "@/lib/content";
import { checklistOf, isStep, nextStep, openPoints, stepIndex, type OpenPoint } from "@/lib/cooperations/steps";
import { buildAgreementOutline, openSectionCount } from "@/lib/cooperations/outline";
import { profileComplete } from "@/lib/cooperations/schemas";
import { outlineLabels } from "@/lib/cooperations/labels";
import { orNotFound } from "@/lib/http/page-errors";
import { dateFormat } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";
import { CooperationHeader, Stepper } from "../../../parts";
import { AdvanceButton, AgreementForm, EvaluationForm, ProfileForm, StepForm } from "../../../forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; cooperationId: string; step: string }>; searchParams: Promise<{ cycle?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const { step } = await params;
  return { title: isStep(step) ? t(`cooperation.steps.${step}.title`) : t("cooperation.pageTitle") };
}

/** One step of one cycle: checklist, notes, decisions, who and until when, the step's own product, and what is still open. */
export default async function StepPage({ params, searchParams }: Props) {
  const { companyId, cooperationId, step } = await params;
  if (!isStep(step)) notFound();
  const base = `/companies/${companyId}/cooperations/${cooperationId}`;
  const { ctx } = await requirePageAccess(companyId, "results.read", `${base}/steps/${step}`);
  const { t, locale } = await getT();
  const c = await orNotFound(getCooperation(ctx, cooperationId));
  const wanted = Number((await searchParams).cycle ?? c.cycle);
  const cycle = Number.isInteger(wanted) && wanted >= 1 && wanted <= c.cycle ? wanted : c.cycle;
  const cycleQ = contentRegistry().latest("cooperation-cycle");
  if (!cycleQ) notFound();
  const items = checklistOf(cycleQ, step, locale);
  const rec = c.step(cycle, step);
  const past = cycle < c.cycle;
  const later = !past && stepIndex(step) > stepIndex(c.currentStep);
  const editable = !past && !later && c.status === "active" && ctx.can("plan.edit");
  const isCurrent = !past && step === c.currentStep;
  const evaluated = c.evaluations.some((e) => e.cycle === cycle);
  const extras = { profileComplete: profileComplete(c.profile), agreementOpenSections: openSectionCount(c.agreement), evaluated };
  const open = openPoints(items, rec, step, extras);
  const day = dateFormat(locale, { dateStyle: "medium" });
  const fmt = (d: string) => day.format(new Date(`${d}T00:00:00Z`));
  const api = `/api/companies/${companyId}/cooperations/${c.id}`;
  const openText = (o: OpenPoint) => (o.kind === "checklist" ? o.text : o.kind === "agreement" ? t("cooperation.openKinds.agreement", { count: o.count }) : t(`cooperation.openKinds.${o.kind}`));
  const outline = step === "structures" ? buildAgreementOutline({ companyName: ctx.companyName, partnerName: c.partnerName, goal: c.goal, agreement: c.agreement, profile: c.profile, labels: outlineLabels(t) }) : null;
  const icsDate = step === "evaluation" ? (rec.dueDate ?? c.evaluations.find((e) => e.cycle === cycle - 1)?.nextDate ?? null) : null;
  const next = nextStep(step);

  return (
    <div className="space-y-6">
      <CooperationHeader companyId={companyId} c={c} t={t} />
      <Stepper base={base} c={c} cycle={cycle} active={step} t={t} />

      <section aria-labelledby="step-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="step-page" data-step={step} data-cycle={cycle}>
        <p className="text-sm text-slate-600">{t("cooperation.stepNumber", { number: stepIndex(step) + 1 })} · {t("cooperation.round", { cycle })}</p>
        <h2 id="step-title" className="text-xl font-semibold">{t(`cooperation.steps.${step}.title`)}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t(`cooperation.steps.${step}.intro`)}</p>
        {past && <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm" data-testid="read-only">{t("cooperation.readOnly")}</p>}
        {later && <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm">{t("cooperation.futureStep")}</p>}
        <div className="mt-4">
          {editable ? (
            <StepForm action={`${api}/steps/${step}`} items={items} rec={rec} />
          ) : (
            <div className="space-y-3 text-sm">
              <ul className="space-y-1" data-testid="checklist-read">
                {items.map((i) => (
                  <li key={i.id} className="flex gap-2"><span aria-hidden="true">{rec.checklist[i.id] ? "☑" : "☐"}</span><span>{i.text}</span><span className="sr-only">{rec.checklist[i.id] ? t("cooperation.done") : ""}</span></li>
                ))}
              </ul>
              {rec.notes && <div><h3 className="font-semibold">{t("cooperation.notes")}</h3><p className="whitespace-pre-line" data-testid="notes-read">{rec.notes}</p></div>}
              {rec.decisions && <div><h3 className="font-semibold">{t("cooperation.decisions")}</h3><p className="whitespace-pre-line">{rec.decisions}</p></div>}
              {(rec.responsible || rec.dueDate) && <p>{rec.responsible && `${t("cooperation.responsible")}: ${rec.responsible}`} {rec.dueDate && `· ${t("cooperation.dueDate")}: ${fmt(rec.dueDate)}`}</p>}
            </div>
          )}
        </div>
      </section>

      {step === "partner" && (
        <section aria-labelledby="profile" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="profile" className="text-lg font-semibold">{t("cooperation.profile.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("cooperation.profile.intro")}</p>
          <div className="mt-4">{editable ? <ProfileForm action={`${api}/profile`} profile={c.profile} /> : null}</div>
          <p className="mt-4"><Link href={`${base}/profile`} className={buttonClass("secondary")} data-testid="profile-print">{t("cooperation.profile.print")}</Link></p>
        </section>
      )}

      {outline && (
        <>
          {editable && (
            <section aria-labelledby="agreement" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
              <h2 id="agreement" className="text-lg font-semibold">{t("cooperation.agreement.title")}</h2>
              <p className="mt-1 text-sm text-slate-700">{t("cooperation.agreement.intro")}</p>
              <div className="mt-4"><AgreementForm action={`${api}/agreement`} agreement={c.agreement} /></div>
            </section>
          )}
          <section aria-labelledby="outline" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="outline">
            <p className="text-xs font-bold uppercase tracking-wide text-amber-800">{t("cooperation.agreement.draftMark")}</p>
            <h2 id="outline" className="text-lg font-semibold">{t("cooperation.agreement.outlineTitle")}</h2>
            <p className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{t("cooperation.agreement.disclaimer")}</p>
            <p className="mt-2 text-sm font-medium" data-testid="outline-open">{t("cooperation.agreement.openCount", { count: outline.openCount })}</p>
            <ol className="mt-3 space-y-3">
              {outline.sections.map((s) => (
                <li key={s.id} data-open={s.open}>
                  <h3 className="font-semibold">{s.number}. {s.title} {s.open && <span className="ml-1 rounded bg-amber-700 px-1.5 py-0.5 text-xs text-white">{t("cooperation.agreement.openBadge")}</span>}</h3>
                  <dl className="mt-1 space-y-1 text-sm">
                    {s.lines.map((l, k) => (
                      <div key={k} className="sm:flex sm:gap-3">
                        <dt className="text-slate-600 sm:w-72 sm:shrink-0">{l.label}</dt>
                        <dd className={l.text ? "whitespace-pre-line" : "font-semibold text-amber-800"}>{l.text ?? t("cooperation.agreement.open")}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ol>
            {ctx.can("pdf.export") && <p className="mt-4"><a href={`${api}/agreement.pdf`} className={buttonClass("primary")} data-testid="outline-pdf">{t("cooperation.agreement.pdf")}</a></p>}
          </section>
        </>
      )}

      {step === "evaluation" && (
        <section aria-labelledby="evaluation" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="evaluation" className="text-lg font-semibold">{t("cooperation.evaluation.title")}</h2>
          {icsDate ? (
            <p className="mt-2"><a href={`${api}/evaluation.ics`} className={buttonClass("secondary")} data-testid="ics-link">{t("cooperation.evaluation.ics")}</a> <span className="text-sm text-slate-700">{fmt(icsDate)}</span></p>
          ) : (
            <p className="mt-2 text-sm text-slate-700">{t("cooperation.evaluation.noDate")}</p>
          )}
          {c.evaluations.filter((e) => e.cycle === cycle).map((e) => (
            <dl key={e.cycle} className="mt-3 space-y-1 text-sm" data-testid="evaluation-read">
              <dt className="font-semibold">{t("cooperation.evaluation.goalsReached")}</dt><dd className="whitespace-pre-line">{e.goalsReached}</dd>
              <dt className="font-semibold">{t("cooperation.evaluation.profileFit")}</dt><dd className="whitespace-pre-line">{e.profileFit}</dd>
              <dt className="font-semibold">{t("cooperation.evaluation.costBenefit")}</dt><dd className="whitespace-pre-line">{e.costBenefit}</dd>
              <dt className="font-semibold">{t("cooperation.evaluation.consequences")}</dt><dd className="whitespace-pre-line">{e.consequences}</dd>
            </dl>
          ))}
          {isCurrent && editable && (
            <div className="mt-4">
              <p className="mb-3 text-sm text-slate-700">{t("cooperation.evaluation.intro")}</p>
              <EvaluationForm action={`${api}/evaluation`} defaultDate={rec.dueDate ?? ""} />
            </div>
          )}
        </section>
      )}

      {isCurrent && (
        <section aria-labelledby="open-points" className="rounded-xl border-2 border-brand-700 bg-white p-5 sm:p-6" data-testid="open-points">
          <h2 id="open-points" className="text-lg font-semibold">{t("cooperation.openTitle")}</h2>
          {open.length === 0 ? (
            <p className="mt-1 text-sm">{t("cooperation.nothingOpen")}</p>
          ) : (
            <ul className="ml-5 mt-2 list-disc space-y-1 text-sm">{open.map((o, k) => <li key={k}>{openText(o)}</li>)}</ul>
          )}
          {editable && (
            <div className="mt-4">
              {step === "evaluation" ? (
                <p className="text-sm font-medium">{t("cooperation.evaluateToAdvance")}</p>
              ) : (
                <AdvanceButton action={`${api}/steps/${step}/complete`} label={t("cooperation.advance", { next: t(`cooperation.steps.${next.step}.title`) })} confirmText={open.length ? t("cooperation.advanceWithOpen") : undefined} />
              )}
            </div>
          )}
        </section>
      )}
      <p className="text-sm"><Link href={base} className="underline">{t("cooperation.trust.title")}</Link></p>
    </div>
  );
}
