import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { recordOutsiderRead, type CompanyContext } from "@/lib/auth/access";
import type { GuestOffer } from "@/lib/guests/gates";
import { partnerCooperation, markPartnerSubmitted } from "@/lib/cooperations/partners";
import { loadTrustState } from "@/lib/cooperations/trust";
import { JsonButton } from "@/components/ui/json-form";
import { buttonClass } from "@/components/ui/button";
import { Comparison } from "@/components/cooperation/comparison";
import type { GuestAssessment } from "./guest-overview";

/**
 * A cooperation partner's home: who invited them and to what, what they are asked, what happens with
 * the answers; their trust check; the comparison once both sides submitted; withdrawing.
 */
export async function PartnerHome({ ctx, token, assessments }: { ctx: CompanyContext; token: string; offers: GuestOffer[]; assessments: GuestAssessment[] }) {
  const { t, locale } = await getT();
  const p = await partnerCooperation(ctx);
  const company = p.cooperation.company.name;
  const mine = assessments.filter((a) => a.questionnaireKey === "trust").at(-1);
  if (mine?.status === "submitted" && !p.submittedAt) await markPartnerSubmitted(p.id);
  const state = !p.withdrawnAt && ctx.can("trust.compare") ? await loadTrustState(ctx.companyId, p.cooperation.id) : null;
  if (state?.state === "ready") await recordOutsiderRead(ctx, "trust.compare", `/g/…#${p.cooperation.id}`);
  const base = `/g/${token}/assessments`;
  return (
    <div className="space-y-6">
      <section aria-labelledby="partner-invite" className="rounded-xl bg-white p-5 shadow-sm sm:p-6" data-testid="partner-home">
        <h2 id="partner-invite" className="text-xl font-semibold">{t("cooperation.partnerHome.title", { company })}</h2>
        <p className="mt-2 text-slate-800">{t("cooperation.partnerHome.invitedBy", { company, field: p.cooperation.field })}</p>
        <p className="mt-2 text-slate-800">{t("cooperation.partnerHome.asked", { company })}</p>
        <p className="mt-2 text-slate-800">{t("cooperation.partnerHome.happens", { company })}</p>
        <div className="mt-4">
          {p.withdrawnAt ? (
            <p className="rounded-md bg-slate-100 p-3" data-testid="partner-withdrawn">{t("cooperation.partnerHome.withdrawn")}</p>
          ) : !mine ? (
            <JsonButton action={`/api${base}`} body={{ questionnaireKey: "trust", perspective: "self" }} label={t("cooperation.partnerHome.start")} testId="partner-start" />
          ) : mine.status === "draft" ? (
            <Link href={`${base}/${mine.id}`} className={buttonClass("primary")} data-testid="partner-continue">{t("cooperation.partnerHome.continue")}</Link>
          ) : (
            <p className="font-medium text-green-900" data-testid="partner-done">{t("cooperation.partnerHome.done")}</p>
          )}
        </div>
      </section>
      {state && (
        <section aria-labelledby="partner-compare" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="partner-compare" className="text-lg font-semibold">{t("cooperation.trust.compareTitle")}</h2>
          {state.state === "ready" ? (
            <div className="mt-3">
              <Comparison
                state={state}
                t={t}
                locale={locale}
                perspective="partner"
                names={{ self: t("cooperation.partnerHome.colSelf"), selfView: t("cooperation.partnerHome.colView"), aboutUs: t("cooperation.partnerHome.aboutYou", { company }), aboutThem: t("cooperation.partnerHome.aboutThem", { company }) }}
              />
            </div>
          ) : (
            <p className="mt-2 text-sm text-slate-700" data-testid="partner-waiting">{t("cooperation.partnerHome.waitingOther", { company })}</p>
          )}
        </section>
      )}
      {mine && !p.withdrawnAt && (
        <section className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <JsonButton action={`/api/g/${token}/cooperation/withdraw`} label={t("cooperation.partnerHome.withdraw")} variant="danger" confirmText={t("cooperation.partnerHome.withdrawConfirm")} testId="partner-withdraw" />
        </section>
      )}
    </div>
  );
}
