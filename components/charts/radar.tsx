type Axis = { id: string; title: string; score: number | null; previous: number | null };

const SIZE = 320;
const C = SIZE / 2;
const R = 120;

function point(i: number, n: number, value: number) {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (R * Math.max(0, Math.min(100, value))) / 100;
  return [C + r * Math.cos(a), C + r * Math.sin(a)] as const;
}

/**
 * Radar (spider) chart of 0-100 scores, hand-written SVG. Axes are numbered; the caller shows the
 * legend and a table as the text alternative. The previous round is drawn dashed underneath.
 */
export function Radar({ axes, label, currentLabel, previousLabel }: { axes: Axis[]; label: string; currentLabel: string; previousLabel: string | null }) {
  const n = axes.length;
  const poly = (values: (number | null)[]) => values.map((v, i) => point(i, n, v ?? 0).join(",")).join(" ");
  const hasPrevious = axes.some((a) => a.previous !== null);
  return (
    <figure className="mx-auto w-full max-w-sm">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label} className="h-auto w-full">
        {[25, 50, 75, 100].map((r) => (
          <polygon key={r} points={poly(axes.map(() => r))} fill="none" stroke="#cbd5e1" strokeWidth={r === 100 ? 1.5 : 0.75} />
        ))}
        {axes.map((a, i) => {
          const [x, y] = point(i, n, 100);
          const [lx, ly] = point(i, n, 114);
          return (
            <g key={a.id}>
              <line x1={C} y1={C} x2={x} y2={y} stroke="#e2e8f0" />
              <circle cx={lx} cy={ly} r={10} fill="#f1f5f9" />
              <text x={lx} y={ly + 4} textAnchor="middle" fontSize="12" fontWeight="600" fill="#334155">
                {i + 1}
              </text>
            </g>
          );
        })}
        {hasPrevious && <polygon points={poly(axes.map((a) => a.previous))} fill="#94a3b8" fillOpacity={0.15} stroke="#64748b" strokeWidth={2} strokeDasharray="5 4" />}
        <polygon points={poly(axes.map((a) => a.score))} fill="#0f6b5c" fillOpacity={0.25} stroke="#0b5a4d" strokeWidth={2.5} />
        {axes.map((a, i) => {
          if (a.score === null) return null;
          const [x, y] = point(i, n, a.score);
          return <circle key={a.id} cx={x} cy={y} r={3.5} fill="#0b5a4d" />;
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap justify-center gap-4 text-xs text-slate-700" aria-hidden="true">
        <span className="flex items-center gap-1"><span className="inline-block h-0.5 w-5 bg-brand-700" />{currentLabel}</span>
        {hasPrevious && previousLabel && <span className="flex items-center gap-1"><span className="inline-block w-5 border-t-2 border-dashed border-slate-500" />{previousLabel}</span>}
      </figcaption>
    </figure>
  );
}
