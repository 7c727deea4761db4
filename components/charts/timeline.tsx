export type TimelineRow = { measureId: string; rank: number; title: string; startMonth: number; endMonth: number; status: "open" | "in_progress" | "done" };

const MONTHS = 24;
/** Average advance of a character of the 10 px semibold label (system sans-serif), generous. */
const CHAR_W = 6;

/**
 * Where a bar's label goes: right of the bar's start when it fits (or there is more room there),
 * else ending left of the start; shortened with "…" to the room it has. A measure that starts late
 * with a long title used to run past the chart's right edge and was cut off.
 */
export function placeLabel(title: string, startX: number, minX: number, maxX: number): { x: number; anchor: "start" | "end"; text: string } {
  const right = maxX - (startX + 5);
  const left = startX - 4 - minX;
  const toRight = right >= title.length * CHAR_W || right >= left;
  const room = toRight ? right : left;
  const max = Math.max(1, Math.floor(room / CHAR_W));
  const text = title.length <= max ? title : `${title.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
  return toRight ? { x: startX + 5, anchor: "start", text } : { x: startX - 4, anchor: "end", text };
}

/** The roadmap as a 24-month timeline, hand-written SVG: one bar per measure from its start to its review. */
export function Timeline({ rows, label, phaseLabels, monthsLabel }: { rows: TimelineRow[]; label: string; phaseLabels: { id: string; start: number; end: number; label: string }[]; monthsLabel: string }) {
  const W = 640;
  const left = 26;
  const rowH = 20;
  const top = 24;
  const H = top + rows.length * rowH + 8;
  const x = (m: number) => left + (Math.min(MONTHS, m) / MONTHS) * (W - left - 6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-auto w-full min-w-[36rem]">
      {phaseLabels.map((p, i) => (
        <g key={p.id}>
          <rect x={x(p.start)} y={0} width={x(p.end) - x(p.start)} height={H} fill={i % 2 ? "#f8fafc" : "#eef6f4"} />
          <text x={x(p.start) + 4} y={14} fontSize="11" fontWeight="600" fill="#08463c">
            {p.start}–{p.end}
            {i === phaseLabels.length - 1 ? ` ${monthsLabel}` : ""}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = top + i * rowH;
        const color = r.status === "done" ? "#16a34a" : r.status === "in_progress" ? "#d97706" : "#0b5a4d";
        const label = placeLabel(r.title, x(r.startMonth), left, W - 4);
        return (
          <g key={r.measureId} data-measure={r.measureId}>
            <text x={left - 6} y={y + 13} fontSize="10" textAnchor="end" fill="#334155">{r.rank}</text>
            <rect x={x(r.startMonth)} y={y + 3} width={Math.max(6, x(r.endMonth) - x(r.startMonth))} height={13} rx={3} fill={color} fillOpacity={0.22} stroke={color} strokeWidth={1.2} />
            <text x={label.x} y={y + 13} fontSize="10" fill="#0f172a" fontWeight="600" textAnchor={label.anchor}>
              {label.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
