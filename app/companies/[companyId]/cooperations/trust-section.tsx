import Link from "next/link";
import type { translator } from "@/lib/i18n/server";
import type { CompanyContext } from "@/lib/auth/access";
import type { CooperationDetail } from "@/lib/cooperations/queries";
import type { TrustState } from "@/lib/cooperations/trust";
import type { Locale } from "@/lib/content/localize";
import { contentRegistry } from "@/lib/content";
import { JsonButton } from "@/components/ui/json-form";
import { buttonClass } from "@/components/ui/button";
import { Comparison } from "@/components/cooperation/comparison";

type T = ReturnType<typeof translator>;

/**
 * Our side of the two-sided trust check: our own check (start / continue / done), the partner's
 * state and its invitation link, and the comparison once both submitted (computed server-side only then).
 */
export function TrustSection({ companyId, c, ctx, state, planned, t, locale, fmt }: { companyId: string; c: CooperationDetail; ctx: CompanyContext; state: TrustState | null; planned: Set<string>; t: T; locale: Locale; fmt: (iso: string) => string }) {
  const api = `/api/companies/${companyId}/cooperations/${c.id}`;
  const mine = c.trustChecks.filter((x) => x.side === "us" && ctx.userId !== null && x.userId === ctx.userId);
  const myDraft = mine.find((x) => x.status === "draft");
  const ourDone = c.trustChecks.some((x) => x.side === "us" && x.status === "submitted");
  const partner = c.partners[0];
  const catalogue = contentRegistry().catalogue();
  const title = (id: string) => catalogue?.measures.find((m) => m.id === id)?.title[locale] ?? id;
  return (
    <section aria-labelledby="trust-check" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="trust-section">
      <h2 id="trust-check" className="text-lg font-semibold">{t("cooperation.trust.title")}</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("cooperation.trust.intro")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">{t("cooperation.trust.ours")}</h3>
          <p className="text-sm" data-testid="trust-ours">{ourDone ? t("cooperation.trust.usDone") : myDraft ? t("cooperation.trust.usDraft") : t("cooperation.trust.usNone")}</p>
          {ctx.can("answer") && (
            <div className="mt-2">
              {myDraft ? (
                <Link href={`/companies/${companyId}/assessments/${myDraft.assessmentId}`} className={buttonClass("secondary")}>{t("cooperation.trust.continueOurs")}</Link>
              ) : !mine.some((x) => x.status === "submitted") ? (
                <JsonButton action={`${api}/trust-check`} label={t("cooperation.trust.startOurs")} testId="start-our-trust" />
              ) : null}
            </div>
          )}
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <h3 className="font-semibold">{t("cooperation.trust.theirs")}</h3>
          <p className="text-sm" data-testid="trust-partner">
            {!partner ? t("cooperation.trust.partnerNone") : partner.withdrawnAt ? t("cooperation.trust.partnerWithdrawn") : state?.state === "ready" || (state?.state === "waiting" && state.partnerSubmitted) ? t("cooperation.trust.partnerDone") : t("cooperation.trust.partnerInvited", { date: fmt(partner.invitedAt) })}
          </p>
          {ctx.can("plan.edit") && c.status === "active" && (
            <div className="mt-2">
              <JsonButton action={`${api}/partner`} label={partner && !partner.withdrawnAt ? t("cooperation.trust.inviteAgain") : t("cooperation.trust.invite")} confirmText={partner && !partner.withdrawnAt ? t("cooperation.trust.inviteAgainConfirm") : undefined} variant="secondary" testId="invite-partner" />
            </div>
          )}
        </div>
      </div>
      <div className="mt-5">
        {!state ? null : state.state === "waiting" ? (
          <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-800" data-testid="trust-waiting">{t("cooperation.trust.waiting")}</p>
        ) : (
          <>
            <h3 className="mb-2 text-base font-semibold">{t("cooperation.trust.compareTitle")}</h3>
            <Comparison state={state} t={t} locale={locale} />
            <div className="mt-5">
              <h3 className="font-semibold">{t("cooperation.trust.suggestions")}</h3>
              {state.suggestions.length === 0 ? (
                <p className="text-sm text-slate-700">{t("cooperation.trust.noSuggestions")}</p>
              ) : (
                <ul className="mt-2 space-y-3" data-testid="trust-suggestions">
                  {state.suggestions.map((sg) => (
                    <li key={sg.pillar} className="rounded-lg border border-amber-200 bg-amber-50 p-3">
                      <p className="font-semibold">{t(`cooperation.trust.pillars.${sg.pillar}` as never)}</p>
                      <p className="text-sm text-slate-800">{t(`cooperation.trust.reason.${sg.reason}`)}</p>
                      <ul className="mt-2 space-y-2">
                        {sg.measureIds.map((m) => (
                          <li key={m} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                            <span>{title(m)}</span>
                            {planned.has(m) ? (
                              <span className="rounded bg-green-100 px-2 py-0.5 text-green-900">{t("cooperation.trust.inPlan")}</span>
                            ) : ctx.can("plan.edit") ? (
                              <JsonButton action={`/api/companies/${companyId}/plan/${m}`} method="PATCH" body={{ chosen: true }} label={t("cooperation.trust.addToPlan")} variant="secondary" testId={`add-to-plan-${m}`} />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
