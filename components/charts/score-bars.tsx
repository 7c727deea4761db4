type Row = { id: string; title: string; score: number | null; band: string; answered: string };

/**
 * Horizontal bars (SVG-free, pure CSS) with the same data as an accessible table. On a phone each
 * row is a block of its own (title, then the bar across the full width, then band and answered):
 * as four table columns the bars collapsed to a few pixels and the last column was cut off.
 */
export function ScoreBars({ rows, caption, labels }: { rows: Row[]; caption: string; labels: { dimension: string; score: string; band: string; answered: string; none: string } }) {
  return (
    <div className="mt-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-label={caption}>
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">{caption}</caption>
        <thead className="sr-only text-slate-700 sm:not-sr-only sm:table-header-group">
          <tr>
            <th scope="col" className="py-2 pr-4">{labels.dimension}</th>
            <th scope="col" className="py-2 pr-4">{labels.score}</th>
            <th scope="col" className="py-2 pr-4">{labels.band}</th>
            <th scope="col" className="py-2">{labels.answered}</th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {rows.map((r) => (
            <tr key={r.id} className="block border-t border-slate-100 py-2 sm:table-row sm:py-0" data-dimension={r.id}>
              <th scope="row" className="block pb-1 font-medium sm:table-cell sm:py-3 sm:pr-4">{r.title}</th>
              <td className="block py-1 sm:table-cell sm:w-1/3 sm:py-3 sm:pr-4">
                {r.score === null ? (
                  <span className="text-slate-600">{labels.none}</span>
                ) : (
                  <div className="flex items-center gap-2">
                    <div className="h-3 min-w-16 flex-1 rounded bg-slate-200" aria-hidden="true">
                      <div className="h-3 rounded bg-brand-600" style={{ width: `${r.score}%` }} />
                    </div>
                    <span className="w-10 text-right font-semibold tabular-nums">{Math.round(r.score)}</span>
                  </div>
                )}
              </td>
              <td className="inline-block py-1 pr-3 sm:table-cell sm:py-3 sm:pr-4">{r.band}</td>
              <td className="inline-block py-1 text-slate-700 sm:table-cell sm:py-3">{r.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
