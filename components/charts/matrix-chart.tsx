import { HIGH_BENEFIT, HIGH_EFFORT } from "@/lib/planning/matrix";

export type MatrixPoint = { measureId: string; rank: number; effort: number; benefit: number; overridden: boolean; done: boolean };

const W = 340;
const PAD = 34;
const x = (effort: number) => PAD + ((effort - 1) / 4) * (W - PAD - 14);
const TOP = 30;
const y = (benefit: number) => W - PAD - ((benefit - 1) / 4) * (W - PAD - TOP);

/**
 * Priority matrix, hand-written SVG: effort 1-5 to the right, benefit 1-5 upwards, quadrant borders at
 * the thresholds of lib/planning/matrix. Points carry the measure's rank in the roadmap.
 */
export function MatrixChart({ points, label, quadrants, axisEffort, axisBenefit, focused }: {
  points: MatrixPoint[];
  label: string;
  quadrants: { quickWin: string; strategic: string; fillIn: string; later: string };
  axisEffort: string;
  axisBenefit: string;
  focused?: string | null;
}) {
  const seen = new Map<string, number>();
  const tx = x(HIGH_EFFORT);
  const ty = y(HIGH_BENEFIT);
  return (
    <svg viewBox={`0 0 ${W} ${W}`} role="img" aria-label={label} className="mx-auto h-auto w-full max-w-md">
      <rect x={PAD} y={TOP - 12} width={tx - PAD} height={ty - TOP + 12} fill="#dcfce7" />
      <rect x={tx} y={TOP - 12} width={W - 14 - tx} height={ty - TOP + 12} fill="#dbeafe" />
      <rect x={PAD} y={ty} width={tx - PAD} height={W - PAD - ty} fill="#f1f5f9" />
      <rect x={tx} y={ty} width={W - 14 - tx} height={W - PAD - ty} fill="#fee2e2" />
      <g fontSize="10" fontWeight="600" fill="#334155">
        <text x={PAD + 4} y={12}>{quadrants.quickWin}</text>
        <text x={W - 18} y={12} textAnchor="end">{quadrants.strategic}</text>
        <text x={PAD + 4} y={W - PAD - 6}>{quadrants.fillIn}</text>
        <text x={W - 18} y={W - PAD - 6} textAnchor="end">{quadrants.later}</text>
      </g>
      {[1, 2, 3, 4, 5].map((v) => (
        <g key={v} fontSize="10" fill="#475569">
          <text x={x(v)} y={W - PAD + 14} textAnchor="middle">{v}</text>
          <text x={PAD - 8} y={y(v) + 3} textAnchor="end">{v}</text>
        </g>
      ))}
      <text x={W / 2} y={W - 4} textAnchor="middle" fontSize="11" fontWeight="600" fill="#0f172a">{axisEffort}</text>
      <text x={10} y={W / 2} textAnchor="middle" fontSize="11" fontWeight="600" fill="#0f172a" transform={`rotate(-90 10 ${W / 2})`}>{axisBenefit}</text>
      {points.map((p) => {
        const key = `${p.effort}:${Math.round(p.benefit * 2)}`;
        const k = seen.get(key) ?? 0;
        seen.set(key, k + 1);
        const dx = ((k % 3) - 1) * 16 * (k > 0 ? 1 : 0) + (k >= 3 ? 8 : 0);
        const dy = k > 0 ? (k >= 3 ? 16 : 0) : 0;
        const cx = x(p.effort) + (k === 0 ? 0 : dx === 0 ? 16 : dx);
        const cy = y(p.benefit) + dy;
        const active = focused === p.measureId;
        return (
          <g key={p.measureId} data-measure={p.measureId}>
            <circle cx={cx} cy={cy} r={active ? 11 : 9} fill={p.done ? "#16a34a" : p.overridden ? "#d97706" : "#0b5a4d"} stroke={active ? "#0f172a" : "#fff"} strokeWidth={active ? 2.5 : 1.5} />
            <text x={cx} y={cy + 3.5} textAnchor="middle" fontSize="10" fontWeight="700" fill="#fff">{p.rank}</text>
          </g>
        );
      })}
    </svg>
  );
}
