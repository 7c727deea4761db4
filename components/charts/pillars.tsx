type Pillar = { id: string; title: string; self: number | null; partner: number | null };

/** Paired horizontal bars (self-image vs the second figure the caller names) per pillar, SVG; the caller adds the table. The legend has a row per figure, so long labels fit. */
export function PillarBars({ pillars, label, selfLabel, partnerLabel }: { pillars: Pillar[]; label: string; selfLabel: string; partnerLabel: string }) {
  const row = 46;
  const w = 320;
  const x0 = 0;
  const bw = w - 40;
  return (
    <svg viewBox={`0 0 ${w} ${pillars.length * row + 40}`} role="img" aria-label={label} className="h-auto w-full max-w-md">
      {pillars.map((p, i) => {
        const y = i * row;
        return (
          <g key={p.id}>
            <text x={x0} y={y + 12} fontSize="12" fontWeight="600" fill="#0f172a">{p.title}</text>
            <rect x={x0} y={y + 17} width={bw} height={10} rx={3} fill="#e2e8f0" />
            {p.self !== null && <rect x={x0} y={y + 17} width={(bw * p.self) / 100} height={10} rx={3} fill="#0b5a4d" />}
            <text x={w} y={y + 26} fontSize="11" textAnchor="end" fill="#1e293b">{p.self === null ? "–" : Math.round(p.self)}</text>
            <rect x={x0} y={y + 30} width={bw} height={10} rx={3} fill="#f1f5f9" />
            {p.partner !== null && <rect x={x0} y={y + 30} width={(bw * p.partner) / 100} height={10} rx={3} fill="#d97706" />}
            <text x={w} y={y + 39} fontSize="11" textAnchor="end" fill="#1e293b">{p.partner === null ? "–" : Math.round(p.partner)}</text>
          </g>
        );
      })}
      <g transform={`translate(0 ${pillars.length * row + 10})`} fontSize="11" fill="#334155">
        <rect width={10} height={10} fill="#0b5a4d" /><text x={14} y={9}>{selfLabel}</text>
        <rect y={16} width={10} height={10} fill="#d97706" /><text x={14} y={25}>{partnerLabel}</text>
      </g>
    </svg>
  );
}
