export type TimelineRow = { measureId: string; rank: number; title: string; startMonth: number; endMonth: number; status: "open" | "in_progress" | "done" };

export const TIMELINE_MONTHS = 24;

const barClass = { done: "bg-green-600/25 border-green-700", in_progress: "bg-amber-500/25 border-amber-700", open: "bg-brand-700/20 border-brand-700" } as const;

/** Left offset and width of a bar in per cent of the 24-month track (a bar running past month 24 is cut at the edge). */
export function barBox(startMonth: number, endMonth: number): { left: number; width: number } {
  const s = Math.min(TIMELINE_MONTHS, Math.max(0, startMonth));
  const e = Math.min(TIMELINE_MONTHS, Math.max(s, endMonth));
  const left = Math.min(98, (s / TIMELINE_MONTHS) * 100);
  return { left, width: Math.max(2, Math.min(100 - left, ((e - s) / TIMELINE_MONTHS) * 100)) };
}

/**
 * The roadmap as a 24-month timeline in plain HTML: each measure is one row with its full title on
 * its own line and its bar underneath, so a label never runs over a bar or past the edge, and the
 * rows wrap on a phone instead of scrolling sideways.
 */
export function Timeline({ rows, label, phaseLabels, monthsLabel }: { rows: TimelineRow[]; label: string; phaseLabels: { id: string; start: number; end: number; label: string }[]; monthsLabel: string }) {
  const width = (p: { start: number; end: number }) => `${((p.end - p.start) / TIMELINE_MONTHS) * 100}%`;
  return (
    <figure aria-label={label} className="text-sm">
      <div className="ml-7 flex text-xs font-semibold text-brand-900" aria-hidden="true">
        {phaseLabels.map((p, i) => (
          <div key={p.id} style={{ width: width(p) }} className={`truncate px-1 py-0.5 ${i % 2 ? "bg-slate-50" : "bg-brand-50"}`}>
            {p.start}–{p.end}
            {i === phaseLabels.length - 1 ? ` ${monthsLabel}` : ""}
          </div>
        ))}
      </div>
      <ol className="mt-2 space-y-2">
        {rows.map((r) => {
          const box = barBox(r.startMonth, r.endMonth);
          return (
            <li key={r.measureId} data-measure={r.measureId} className="grid grid-cols-[1.5rem_1fr] gap-x-1">
              <span className="pt-0.5 text-right text-xs font-semibold text-slate-600">{r.rank}</span>
              <div className="min-w-0">
                <p className="leading-snug">
                  <span className="font-medium text-slate-900">{r.title}</span>{" "}
                  <span className="whitespace-nowrap text-xs text-slate-600">({r.startMonth}–{r.endMonth} {monthsLabel})</span>
                </p>
                <div className="relative mt-1 h-3 overflow-hidden rounded bg-slate-100" aria-hidden="true">
                  {phaseLabels.slice(1).map((p) => (
                    <span key={p.id} className="absolute inset-y-0 w-px bg-slate-300" style={{ left: `${(p.start / TIMELINE_MONTHS) * 100}%` }} />
                  ))}
                  <span className={`absolute inset-y-0 rounded border ${barClass[r.status]}`} style={{ left: `${box.left}%`, width: `${box.width}%` }} data-bar="" />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
