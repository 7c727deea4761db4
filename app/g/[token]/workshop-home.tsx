import Link from "next/link";
import type { CompanyContext } from "@/lib/auth/access";
import type { GuestOffer } from "@/lib/guests/gates";
import { getT } from "@/lib/i18n/server";
import { participantOf } from "@/lib/workshops/participant";
import { JsonButton } from "@/components/ui/json-form";
import { GuestOverview, type GuestAssessment } from "./guest-overview";

/** A workshop participant's home: the workshop, the self-checks, the consent choice, colleagues, and taking the result into an account. */
export async function WorkshopHome({ ctx, token, offers, assessments }: { ctx: CompanyContext; token: string; offers: GuestOffer[]; assessments: GuestAssessment[] }) {
  const { t } = await getT();
  const p = await participantOf(ctx);
  const closed = p.workshop.status === "closed";
  const done = assessments.some((a) => a.status === "submitted");
  const api = `/api/g/${token}/workshop`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="text-xl font-semibold" data-testid="workshop-title">{t("workshops.home.title", { title: p.workshop.title })}</h2>
        {closed && <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="workshop-closed">{t("workshops.home.closed")}</p>}
      </div>
      <GuestOverview token={token} offers={closed ? [] : offers} assessments={assessments} />
      <p className="font-semibold text-slate-800">{done ? t("workshops.home.nextDone") : t("workshops.home.next")}</p>
      <section aria-labelledby="ws-consent" className="space-y-3 rounded-xl bg-white p-5 shadow-sm">
        <h2 id="ws-consent" className="text-lg font-semibold">{t("workshops.home.consentTitle")}</h2>
        <p data-testid="consent-state">{p.consent ? t("workshops.home.consentOn") : t("workshops.home.consentOff")}</p>
        <JsonButton action={`${api}/consent`} body={{ consent: !p.consent }} label={p.consent ? t("workshops.home.consentWithdraw") : t("workshops.home.consentGive")} variant="secondary" testId="consent-toggle" />
      </section>
      <section aria-labelledby="ws-claim" className="space-y-3 rounded-xl bg-white p-5 shadow-sm">
        <h2 id="ws-claim" className="text-lg font-semibold">{t("workshops.home.claimTitle")}</h2>
        <p className="text-slate-700">{t("workshops.home.claimText")}</p>
        <JsonButton action={`${api}/claim-code`} label={t("workshops.home.claimCreate")} variant={done ? "primary" : "secondary"} testId="claim-create" />
        <p className="text-sm"><Link href="/claim" className="font-semibold text-brand-800 underline">{t("workshops.claim.title")}</Link></p>
      </section>
      {!closed && (
        <section aria-labelledby="ws-colleagues" className="space-y-3 rounded-xl bg-white p-5 shadow-sm">
          <h2 id="ws-colleagues" className="text-lg font-semibold">{t("workshops.home.colleagueTitle")}</h2>
          <p className="text-slate-700">{t("workshops.home.colleagueText")}</p>
          <JsonButton action={`${api}/colleague-link`} label={t("workshops.home.colleagueCreate")} variant="secondary" testId="colleague-create" />
        </section>
      )}
    </div>
  );
}
