import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { contentRegistry } from "@/lib/content";
import type { GuestOffer } from "@/lib/guests/gates";
import { buttonClass } from "@/components/ui/button";
import { JsonButton } from "@/components/ui/json-form";

export type GuestAssessment = { id: string; questionnaireKey: string; perspective: string; status: string };

/**
 * What a guest can do: each offered questionnaire with its state (start, continue, result). Shared
 * by the workshop participant's and the partner's home.
 */
export async function GuestOverview({ token, offers, assessments }: { token: string; offers: GuestOffer[]; assessments: GuestAssessment[] }) {
  const { t, locale } = await getT();
  const base = `/g/${token}/assessments`;
  if (!offers.length && !assessments.length) return <p className="rounded-lg bg-white p-6 text-slate-700">{t("guest.nothingOffered")}</p>;
  const rows = offers.map((o) => ({ offer: o, mine: assessments.filter((a) => a.questionnaireKey === o.key && a.perspective === o.perspective) }));
  const others = assessments.filter((a) => !offers.some((o) => o.key === a.questionnaireKey && o.perspective === a.perspective));
  return (
    <section aria-labelledby="guest-checks" className="space-y-3">
      <h2 id="guest-checks" className="text-lg font-semibold">
        {t("guest.yourChecks")}
      </h2>
      <ul className="space-y-3">
        {rows.map(({ offer, mine }) => {
          const q = contentRegistry().latest(offer.key);
          const last = mine.at(-1);
          return (
            <li key={`${offer.key}:${offer.perspective}`} className="rounded-xl bg-white p-4 shadow-sm" data-testid={`guest-offer-${offer.key}`}>
              <p className="font-semibold">{q?.title[locale] ?? offer.key}</p>
              {q ? <p className="text-sm text-slate-600">{t("company.versionAndTime", { minutes: q.estimatedMinutes })}</p> : null}
              <div className="mt-3">
                {!last ? (
                  <JsonButton action={`/api${base}`} body={{ questionnaireKey: offer.key, perspective: offer.perspective }} label={t("guest.start")} testId={`guest-start-${offer.key}`} />
                ) : last.status === "draft" ? (
                  <Link href={`${base}/${last.id}`} className={buttonClass("primary")}>
                    {t("guest.continue")}
                  </Link>
                ) : (
                  <Link href={`${base}/${last.id}/result`} className={buttonClass("primary")}>
                    {t("guest.showResult")}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
        {others.map((a) => (
          <li key={a.id} className="rounded-xl bg-white p-4 shadow-sm">
            <p className="font-semibold">{contentRegistry().latest(a.questionnaireKey)?.title[locale] ?? a.questionnaireKey}</p>
            <Link href={a.status === "draft" ? `${base}/${a.id}` : `${base}/${a.id}/result`} className={`mt-3 ${buttonClass("secondary")}`}>
              {a.status === "draft" ? t("guest.continue") : t("guest.showResult")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
