"use client";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { Radar } from "@/components/charts/radar";
import type { LiveState } from "@/lib/workshops/publish";
import type { GroupLabels } from "@/lib/workshops/shapes";
import type { QuestionnaireAggregate } from "@/lib/workshops/aggregate";
import { GroupSpread } from "./group-spread";

/**
 * How often the screen asks for the state, start to start (a slow answer is waited for, then the
 * next request goes out at once): the data shown is at most this plus one request old.
 */
export const POLL_MS = 1000;

/** The live part of the projector: polls the state and shows counts, or the published group picture. */
export function ProjectorView({ workshopId, title, initial, labels, keys, children }: { workshopId: string; title: string; initial: LiveState; labels: GroupLabels; keys: string[]; children: ReactNode }) {
  const t = useTranslations("workshops.projector");
  const [state, setState] = useState(initial);
  const [offline, setOffline] = useState(false);
  const [at, setAt] = useState<Date | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      const started = Date.now();
      try {
        const res = await fetch(`/api/workshops/${workshopId}/state`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as LiveState;
        if (!stopped) {
          setState(next);
          setOffline(false);
          setAt(new Date());
        }
      } catch {
        if (!stopped) setOffline(true);
      }
      if (!stopped) timer = setTimeout(poll, Math.max(0, POLL_MS - (Date.now() - started)));
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [workshopId]);

  const pub = state.publication;
  return (
    <div className="space-y-6 text-slate-900" data-testid="projector" data-published-seq={pub?.seq ?? 0} data-finished={state.finished}>
      <header className="flex flex-wrap items-center justify-between gap-6">
        <div className="space-y-3">
          <h1 className="text-4xl font-bold">{title}</h1>
          <div className="flex gap-10 text-3xl" aria-live="polite">
            <p><strong className="text-6xl font-bold text-brand-800" data-testid="count-joined">{state.companies}</strong> {t("joined")}</p>
            <p><strong className="text-6xl font-bold text-brand-800" data-testid="count-finished">{state.finished}</strong> {t("finished")}</p>
          </div>
          {state.status === "closed" && <p className="text-2xl font-semibold text-amber-900">{t("closed")}</p>}
        </div>
        {/* the join code and QR: not once the workshop is closed (nobody can join any more) */}
        {state.status !== "closed" && children}
      </header>
      {state.waiting && (!pub || state.finished !== pub.companyCount) && (
        <p className="rounded-xl border-2 border-dashed border-slate-300 bg-white p-6 text-3xl leading-snug" data-testid="projector-waiting" role="status">
          {state.waiting.reason === "belowK" && !pub ? t("belowK", { k: state.k, missing: state.waiting.missing }) : t("waiting", { missing: state.waiting.missing })}
        </p>
      )}
      {pub && (
        <div className="space-y-6" data-testid="group-view">
          <h2 className="text-3xl font-semibold">{t("groupOf", { count: pub.companyCount })}</h2>
          {pub.aggregate.questionnaires.filter((q) => keys.includes(q.key)).map((q) => (
            <QuestionnaireGroup key={q.key} q={q} labels={labels[q.key]} count={pub.companyCount} showTitle={keys.length > 1} />
          ))}
        </div>
      )}
      <p className="text-lg text-slate-600" aria-live="polite">
        {offline ? t("offline") : at ? t("updated", { time: at.toLocaleTimeString() }) : null}
      </p>
    </div>
  );
}

function QuestionnaireGroup({ q, labels, count, showTitle }: { q: QuestionnaireAggregate; labels: GroupLabels[string] | undefined; count: number; showTitle: boolean }) {
  const t = useTranslations("workshops.projector");
  const dimTitle = (id: string) => labels?.dimensions[id] ?? id;
  const axes = q.dimensions.map((d) => ({ id: d.id, title: dimTitle(d.id), score: d.stat?.mean ?? null, previous: null }));
  return (
    <section className="space-y-4 rounded-xl bg-white p-6 shadow-sm" aria-label={labels?.title ?? q.key}>
      {showTitle && <h3 className="text-2xl font-semibold">{labels?.title ?? q.key}</h3>}
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div className="mx-auto w-full max-w-[34rem] [&_figure]:max-w-none [&_figcaption]:text-lg" data-testid="group-radar">
          {axes.length >= 3 ? <Radar axes={axes} label={t("radarLabel")} currentLabel={t("average")} previousLabel={null} /> : null}
        </div>
        <div className="space-y-6">
          <GroupSpread dimensions={q.dimensions.map((d) => ({ id: d.id, title: dimTitle(d.id), stat: d.stat }))} />
          <div>
            <h4 className="text-2xl font-semibold">{t("gaps")}</h4>
            {q.gaps.length === 0 ? (
              <p className="text-xl">{t("noGaps")}</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-1 pl-8 text-lg">
                {q.gaps.map((g) => (
                  <li key={g.itemId}>
                    {labels?.items[g.itemId] ?? g.itemId} <span className="text-slate-600">– {t("gapShare", { companies: g.companies, count })}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
