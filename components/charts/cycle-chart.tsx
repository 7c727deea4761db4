type Step = { id: string; title: string; completeness: number | null; done: boolean; current: boolean };

/** The five-step cycle as a ring of circles, each filled by its completeness; the current step is highlighted. */
export function CycleChart({ steps, label }: { steps: Step[]; label: string }) {
  const S = 300;
  const C = S / 2;
  const R = 105;
  const n = steps.length;
  const pos = (i: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [C + R * Math.cos(a), C + R * Math.sin(a)] as const;
  };
  return (
    <svg viewBox={`0 0 ${S} ${S}`} role="img" aria-label={label} className="mx-auto h-auto w-full max-w-xs">
      <circle cx={C} cy={C} r={R} fill="none" stroke="#cbd5e1" strokeWidth={2} strokeDasharray="4 6" />
      {steps.map((s, i) => {
        const [x, y] = pos(i);
        const pct = s.completeness ?? 0;
        const r = 30;
        const circ = 2 * Math.PI * r;
        return (
          <g key={s.id}>
            <circle cx={x} cy={y} r={r} fill={s.current ? "#fef3c7" : s.done ? "#dcfce7" : "#fff"} stroke={s.current ? "#d97706" : "#cbd5e1"} strokeWidth={s.current ? 3 : 1.5} />
            <circle cx={x} cy={y} r={r - 5} fill="none" stroke={s.done ? "#16a34a" : "#0f6b5c"} strokeWidth={5} strokeDasharray={`${(circ * pct) / 100 * ((r - 5) / r)} ${circ}`} transform={`rotate(-90 ${x} ${y})`} />
            <text x={x} y={y - 2} textAnchor="middle" fontSize="14" fontWeight="700" fill="#0f172a">{i + 1}</text>
            <text x={x} y={y + 13} textAnchor="middle" fontSize="10" fill="#334155">{s.completeness === null ? "–" : String(Math.round(pct))}</text>
          </g>
        );
      })}
    </svg>
  );
}
