"use client";
import { useTranslations } from "use-intl";
import { spreadBar, type Stat } from "@/lib/workshops/aggregate";

/** Per field of action: the middle half of the companies as a bar, the average as a line, numbered like the radar's axes. */
export function GroupSpread({ dimensions }: { dimensions: { id: string; title: string; stat: Stat | null }[] }) {
  const t = useTranslations("workshops.projector");
  return (
    <div>
      <h4 className="text-2xl font-semibold">{t("spread")}</h4>
      <p className="text-lg text-slate-600">{t("spreadHint")}</p>
      <table className="mt-3 w-full border-collapse text-xl" data-testid="group-spread">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("middle")}</th>
            <th scope="col">{t("mean")}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d, i) => (
            <tr key={d.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <span className="mr-2 inline-flex h-8 w-8 items-center justify-center rounded-full bg-slate-100 font-semibold">{i + 1}</span>
                {d.title}
              </th>
              <td className="w-2/5 py-2">
                {d.stat ? (
                  <SpreadBar stat={d.stat} />
                ) : (
                  <span className="text-lg text-slate-600">{t("tooFew")}</span>
                )}
              </td>
              <td className="py-2 pl-4 text-right font-semibold tabular-nums">{d.stat ? Math.round(d.stat.mean) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SpreadBar({ stat }: { stat: Stat }) {
  const b = spreadBar(stat);
  return (
    <div className="relative h-6 rounded bg-slate-100" aria-label={`${stat.p25}–${stat.p75}`} role="img">
      <div className="absolute inset-y-0 rounded bg-brand-600/40" style={{ left: `${b.from}%`, width: `${Math.max(1, b.to - b.from)}%` }} />
      <div className="absolute -inset-y-1 w-1 bg-brand-800" style={{ left: `calc(${b.mark}% - 2px)` }} />
    </div>
  );
}
