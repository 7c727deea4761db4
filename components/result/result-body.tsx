import Link from "next/link";
import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/config";
import type { ResultView } from "@/lib/report/result-view";
import { ScoreBars } from "@/components/charts/score-bars";

/**
 * One submitted result as a page: the members' result page and a workshop guest's show the same
 * view model; they differ only in where the company name leads and in the next steps (`actions`).
 */
export async function ResultBody({ view, companyHref, actions }: { view: ResultView; companyHref: string | null; actions: ReactNode }) {
  const { t, locale } = await getT();
  const date = dateFormat(locale, { dateStyle: "long" }).format(new Date(view.submittedAt));
  const weakest = view.dimensions.find((d) => d.id === view.weakest);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-slate-600">
          {companyHref ? (
            <Link href={companyHref} className="underline">
              {view.companyName}
            </Link>
          ) : (
            view.companyName
          )}
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("result.title", { questionnaire: view.questionnaireTitle })}</h1>
        {(view.partnerName || view.perspective === "partner") && (
          <p className="mt-1 font-medium" data-testid="result-partner">
            {view.perspective === "partner" ? t("result.partnerView") : t("result.selfView")}
            {view.partnerName ? ` · ${t("result.partnerName", { name: view.partnerName })}` : ""}
          </p>
        )}
        <p className="text-sm text-slate-700" data-testid="result-completed">
          {t("result.completed", { date, respondent: view.respondent })}
        </p>
      </div>

      {view.coverage < 0.5 && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          {t("result.lowCoverage", { percent: Math.round(view.coverage * 100) })}
        </p>
      )}

      <section aria-labelledby="overall" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="overall" className="text-lg font-semibold">
          {t("result.overall")}
        </h2>
        {view.overall === null ? (
          <p className="mt-2">{t("result.noScore")}</p>
        ) : (
          <>
            <p className="mt-2 text-4xl font-bold text-brand-800" data-testid="overall-score">
              {Math.round(view.overall)}
              <span className="text-lg font-normal text-slate-600"> / 100</span>
            </p>
            <p className="mt-1 font-semibold">{t(`bands.${view.band}.name` as never)}</p>
            <p className="text-slate-700">{t(`bands.${view.band}.meaning` as never)}</p>
          </>
        )}
      </section>

      <section aria-labelledby="dimensions" className="rounded-xl bg-white p-6 shadow-sm">
        <h2 id="dimensions" className="text-lg font-semibold">
          {t("result.dimensions")}
        </h2>
        <ScoreBars
          caption={t("result.tableCaption")}
          labels={{ dimension: t("result.col.dimension"), score: t("result.col.score"), band: t("result.col.band"), answered: t("result.col.answered"), none: t("result.notAnswered") }}
          rows={view.dimensions.map((d) => ({
            id: d.id,
            title: d.title,
            score: d.score,
            band: d.band ? t(`bands.${d.band}.name` as never) : "–",
            answered: t("result.answeredOf", { answered: d.answered, total: d.total }),
          }))}
        />
      </section>

      <section aria-labelledby="next" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
        <h2 id="next" className="text-lg font-semibold">
          {t("result.nextTitle")}
        </h2>
        <p className="mt-1">{weakest ? t("result.nextWeakest", { dimension: weakest.title }) : t("result.nextGeneric")}</p>
        <div className="mt-4 flex flex-wrap gap-3">{actions}</div>
      </section>

      <p className="text-xs text-slate-600" data-testid="result-meta">
        {t("result.meta", { version: view.contentVersion, scoring: view.scoringVersion })}
      </p>
    </div>
  );
}
