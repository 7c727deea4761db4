type Row = { id: string; title: string; score: number | null; band: string; answered: string };

/** Horizontal bars (SVG-free, pure CSS) with the same data as an accessible table. */
export function ScoreBars({ rows, caption, labels }: { rows: Row[]; caption: string; labels: { dimension: string; score: string; band: string; answered: string; none: string } }) {
  return (
    <div className="mt-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">{labels.dimension}</th>
            <th scope="col" className="py-2 pr-4">{labels.score}</th>
            <th scope="col" className="py-2 pr-4">{labels.band}</th>
            <th scope="col" className="py-2">{labels.answered}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-dimension={r.id}>
              <th scope="row" className="py-3 pr-4 font-medium">{r.title}</th>
              <td className="w-1/3 py-3 pr-4">
                {r.score === null ? (
                  <span className="text-slate-600">{labels.none}</span>
                ) : (
                  <div className="flex items-center gap-2">
                    <div className="h-3 flex-1 rounded bg-slate-200" aria-hidden="true">
                      <div className="h-3 rounded bg-brand-600" style={{ width: `${r.score}%` }} />
                    </div>
                    <span className="w-10 text-right font-semibold tabular-nums">{Math.round(r.score)}</span>
                  </div>
                )}
              </td>
              <td className="py-3 pr-4">{r.band}</td>
              <td className="py-3 text-slate-700">{r.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
