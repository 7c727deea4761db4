import { HIGH_BENEFIT, HIGH_EFFORT } from "@/lib/planning/matrix";

export type MatrixPoint = { measureId: string; rank: number; effort: number; benefit: number; overridden: boolean; done: boolean };

const W = 340;
const PAD = 34;
const x = (effort: number) => PAD + ((effort - 1) / 4) * (W - PAD - 14);
const TOP = 30;
const y = (benefit: number) => W - PAD - ((benefit - 1) / 4) * (W - PAD - TOP);

const R = 9;
/** offsets tried around a taken place, ring by ring (8 directions, 2R+2 apart) */
const RINGS = [1, 2, 3, 4].flatMap((ring) => Array.from({ length: 8 * ring }, (_, i) => {
  const a = (i / (8 * ring)) * 2 * Math.PI;
  return [Math.round(Math.cos(a) * ring * (2 * R + 2)), Math.round(Math.sin(a) * ring * (2 * R + 2))] as const;
}));

/**
 * Marker places: each point at its effort/benefit unless an earlier marker is there; then the
 * nearest free place around it (inside the plot), so no marker ever hides another.
 */
export function layoutMarkers(points: { effort: number; benefit: number }[]): { cx: number; cy: number }[] {
  const placed: { cx: number; cy: number }[] = [];
  const free = (cx: number, cy: number) => placed.every((p) => Math.hypot(p.cx - cx, p.cy - cy) >= 2 * R + 1);
  const inside = (cx: number, cy: number) => cx >= PAD && cx <= W - 14 && cy >= TOP - 12 && cy <= W - PAD;
  for (const p of points) {
    const [bx, by] = [x(p.effort), y(p.benefit)];
    const spot = [[0, 0] as const, ...RINGS].map(([dx, dy]) => [bx + dx, by + dy]).find(([cx, cy]) => inside(cx, cy) && free(cx, cy)) ?? [bx, by];
    placed.push({ cx: spot[0], cy: spot[1] });
  }
  return placed;
}

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
  const spots = layoutMarkers(points);
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
      {points.map((p, i) => {
        const { cx, cy } = spots[i];
        const active = focused === p.measureId;
        return (
          <g key={p.measureId} data-measure={p.measureId}>
            <circle cx={cx} cy={cy} r={active ? R + 2 : R} fill={p.done ? "#16a34a" : p.overridden ? "#d97706" : "#0b5a4d"} stroke={active ? "#0f172a" : "#fff"} strokeWidth={active ? 2.5 : 1.5} />
            <text x={cx} y={cy + 3.5} textAnchor="middle" fontSize="10" fontWeight="700" fill="#fff">{p.rank}</text>
          </g>
        );
      })}
    </svg>
  );
}
