import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";
import { contentRegistry } from "@/lib/content";
import { timeEstimate } from "@/lib/content/time-estimate";

export default async function LandingPage() {
  const { t, locale } = await getT();
  // the durations come from the published questionnaires, so the text stays true when content changes
  const time = timeEstimate(contentRegistry().current());
  const user = await currentUser();
  const steps = ["check", "result", "plan"] as const;
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-white p-8 shadow-sm">
        <h1 className="text-3xl font-bold text-brand-800">{t("landing.title")}</h1>
        <p className="mt-4 max-w-2xl text-lg">{t("landing.lead")}</p>
        <p className="mt-2 max-w-2xl text-slate-700" data-testid="landing-time">
          {t("landing.time", { core: time.coreTitle?.[locale] ?? time.coreKey, coreMinutes: time.coreMinutes, count: time.count, totalMinutes: time.totalMinutes })}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={user ? "/companies" : "/register"} className={buttonClass("primary")}>
            {t("landing.start")}
          </Link>
          {!user && (
            <Link href="/login" className={buttonClass("secondary")}>
              {t("landing.haveAccount")}
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="how">
        <h2 id="how" className="text-xl font-semibold">
          {t("landing.howTitle")}
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s} className="rounded-lg border border-slate-200 bg-white p-5">
              <span className="text-sm font-semibold text-brand-700">{t("landing.stepLabel", { n: i + 1 })}</span>
              <h3 className="mt-1 font-semibold">{t(`landing.steps.${s}.title`)}</h3>
              <p className="mt-2 text-sm text-slate-700">{t(`landing.steps.${s}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="others" className="space-y-2 text-sm" data-testid="landing-others">
        <h2 id="others" className="font-semibold">{t("landing.othersTitle")}</h2>
        <p>
          {t("landing.joinText")} <Link href="/join" className="font-semibold text-brand-800 underline">{t("landing.joinLink")}</Link>
        </p>
        <p>
          {t("landing.advisorText")} <Link href="/advisor/workshops" className="font-semibold text-brand-800 underline">{t("landing.advisorLink")}</Link>
        </p>
      </section>
      <section className="rounded-lg border border-brand-100 bg-brand-50 p-5 text-sm">
        <h2 className="font-semibold">{t("landing.trustTitle")}</h2>
        <p className="mt-1">{t("landing.trustText")}</p>
      </section>
    </div>
  );
}
