import type { translator } from "@/lib/i18n/server";
import type { CompanyView, DimensionFocus } from "@/lib/report/company-view";
import { Radar } from "@/components/charts/radar";
import { SrTable } from "@/components/charts/sr-table";

type T = ReturnType<typeof translator>;
type Readiness = NonNullable<CompanyView["readiness"]>;

export function ReadinessSection({ r, t, fmt }: { r: Readiness; t: T; fmt: (iso: string) => string }) {
  const round = (v: number | null) => (v === null ? "–" : String(Math.round(v)));
  return (
    <section aria-labelledby="readiness" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="readiness" className="text-lg font-semibold">{t("dashboard.readiness.title")}</h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <p className="text-sm text-slate-700">{t("dashboard.readiness.overall")}</p>
          <p className="text-4xl font-bold text-brand-800" data-testid="overall-score">
            {round(r.overall)}
            <span className="text-lg font-normal text-slate-600"> / 100</span>
          </p>
          {r.band && (
            <p className="mt-1">
              <span className="font-semibold" data-testid="band">{r.band.name}</span>
              <span className="block text-sm text-slate-700">{r.band.meaning}</span>
            </p>
          )}
          <p className="mt-2 text-xs text-slate-600">{t("dashboard.readiness.respondents", { count: r.respondents })}</p>
          <ol className="mt-4 space-y-1 text-sm">
            {r.dimensions.map((d, i) => (
              <li key={d.id} className="flex items-baseline gap-2" data-dimension={d.id}>
                <span className="w-5 shrink-0 text-right font-semibold text-slate-600">{i + 1}</span>
                <span className="flex-1">{d.title}</span>
                <span className="font-semibold tabular-nums">{round(d.score)}</span>
                {d.delta !== null && (
                  <span className={`w-12 text-right text-xs tabular-nums ${d.delta >= 0 ? "text-green-800" : "text-red-800"}`}>
                    {d.delta > 0 ? "+" : ""}
                    {Math.round(d.delta)}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
        <Radar
          axes={r.dimensions.map((d) => ({ id: d.id, title: d.title, score: d.score, previous: d.previous }))}
          label={t("dashboard.readiness.radarLabel")}
          currentLabel={t("dashboard.readiness.current")}
          previousLabel={r.previousRound ? t("dashboard.readiness.previous", { date: fmt(r.previousRound.submittedAt) }) : null}
        />
      </div>
      <SrTable
        caption={t("dashboard.readiness.tableCaption")}
        head={[t("dashboard.readiness.col.dimension"), t("dashboard.readiness.col.score"), t("dashboard.readiness.col.range"), t("dashboard.readiness.col.previous"), t("dashboard.readiness.col.band")]}
        rows={r.dimensions.map((d) => [d.title, round(d.score), d.min === null ? "–" : `${round(d.min)}–${round(d.max)}`, round(d.previous), d.band?.name ?? "–"])}
      />
      {r.discussionPoints.length > 0 && (
        <div className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h3 className="font-semibold">{t("dashboard.readiness.discussion")}</h3>
          <p className="text-sm text-slate-700">{t("dashboard.readiness.discussionHint")}</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {r.discussionPoints.slice(0, 6).map((p) => (
              <li key={p.itemId}>
                {p.question} <span className="text-slate-600">({p.dimensionTitle}: {t("dashboard.readiness.discussionRange", { min: p.min, max: p.max })})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function FocusList({ title, items, t, testId }: { title: string; items: DimensionFocus[]; t: T; testId: string }) {
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="mt-3 space-y-4">
        {items.map((f) => (
          <li key={f.dimensionId}>
            <p className="font-semibold">
              {f.title} <span className="font-normal text-slate-600">· {t("dashboard.focus.score", { score: Math.round(f.score) })}</span>
            </p>
            <p className="mt-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{t("dashboard.focus.answers")}</p>
            <ul className="text-sm text-slate-800">
              {f.answers.map((a) => (
                <li key={a.itemId} className="mt-1">
                  {a.question} <span className="font-semibold">– {a.answer}</span>
                </li>
              ))}
            </ul>
            {f.measures.length > 0 && (
              <p className="mt-1 text-sm">
                <span className="font-semibold text-brand-800">{t("dashboard.focus.recommended")}</span> {f.measures.map((m) => m.title).join(" · ")}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FocusSection({ r, t }: { r: Readiness; t: T }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {r.gaps.length > 0 && <FocusList title={t("dashboard.focus.gaps")} items={r.gaps} t={t} testId="gaps" />}
      {r.strengths.length > 0 && <FocusList title={t("dashboard.focus.strengths")} items={r.strengths} t={t} testId="strengths" />}
    </div>
  );
}
