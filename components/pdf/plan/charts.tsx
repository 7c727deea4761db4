import { Svg, G, Line, Polygon, Circle, Rect, Text } from "@react-pdf/renderer";
export type MatrixPoint = { measureId: string; title: string; effort: number; benefit: number; quadrant: "quick-win" | "strategic" | "fill-in" | "later"; rank: number | null };
import { brand, brandLight, line, muted, quadrantColor } from "./styles";

const F = "Noto Sans";

/** Radar of the dimension scores (0-100), axes numbered 1..n; the legend sits beside it. */
export function Radar({ values, size = 210 }: { values: (number | null)[]; size?: number }) {
  const c = size / 2;
  const r = c - 22;
  const n = values.length;
  const pt = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [c + r * (v / 100) * Math.cos(a), c + r * (v / 100) * Math.sin(a)] as const;
  };
  const ring = (v: number) => values.map((_, i) => pt(i, v).join(",")).join(" ");
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      {/* outermost first: its fill would cover the inner rings */}
      {[100, 75, 50, 25].map((v) => (
        <Polygon key={v} points={ring(v)} fill={v === 100 ? "#fafcfb" : "none"} stroke={line} strokeWidth={0.6} />
      ))}
      {values.map((_, i) => {
        const [x, y] = pt(i, 100);
        return <Line key={i} x1={c} y1={c} x2={x} y2={y} stroke={line} strokeWidth={0.6} />;
      })}
      <Polygon points={values.map((v, i) => pt(i, v ?? 0).join(",")).join(" ")} fill={brandLight} fillOpacity={0.8} stroke={brand} strokeWidth={1.5} />
      {values.map((v, i) => {
        const [x, y] = pt(i, v ?? 0);
        return <Circle key={i} cx={x} cy={y} r={2.2} fill={brand} />;
      })}
      {values.map((_, i) => {
        const [x, y] = pt(i, 117);
        return (
          <Text key={i} x={x} y={y + 3} style={{ fontFamily: F, fontSize: 8, fontWeight: 700 }} fill={muted} textAnchor="middle">
            {String(i + 1)}
          </Text>
        );
      })}
      {/* scale labels beside axis 1, clear of a data point on it (r 2.2) */}
      <Text x={c + 4} y={c - r * 0.5 - 3} style={{ fontFamily: F, fontSize: 6 }} fill={muted}>
        50
      </Text>
      <Text x={c + 4} y={c - r - 3} style={{ fontFamily: F, fontSize: 6 }} fill={muted}>
        100
      </Text>
    </Svg>
  );
}

/** Directions tried for a marker that is in the way: right and left first (the scale is read horizontally), then around. */
const AROUND = [0, Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, (3 * Math.PI) / 4, -Math.PI / 4, (-3 * Math.PI) / 4, Math.PI / 6, (5 * Math.PI) / 6, -Math.PI / 6, (-5 * Math.PI) / 6];

/**
 * Positions for round markers that must not overlap: each in turn (the caller's order: most
 * important first) at its own point, or else at the nearest of a ring of nearby spots where it
 * keeps 1 pt clear of every marker placed before it. Pure, so that it can be tested.
 */
export function placeMarkers(wanted: { x: number; y: number; r: number }[]): { x: number; y: number }[] {
  const done: { x: number; y: number; r: number }[] = [];
  const clear = (c: { x: number; y: number; r: number }) => done.every((d) => Math.hypot(d.x - c.x, d.y - c.y) >= d.r + c.r + 1);
  return wanted.map((w) => {
    let spot = { ...w };
    search: for (let ring = 1; !clear(spot) && ring <= 8; ring++) {
      const dist = ring * (w.r + 1);
      for (const a of AROUND) {
        const c = { x: w.x + dist * Math.cos(a), y: w.y + dist * Math.sin(a), r: w.r };
        if (clear(c)) {
          spot = c;
          break search;
        }
      }
    }
    done.push(spot);
    return { x: spot.x, y: spot.y };
  });
}

/** Priority matrix: effort (x) against benefit (y), 1-5, quadrants split at 3.5. */
export function MatrixChart({ points, labels, width = 491, height = 300 }: { points: MatrixPoint[]; labels: { effort: string; benefit: string; low: string; high: string; quadrants: Record<string, string> }; width?: number; height?: number }) {
  const m = { l: 34, r: 10, t: 10, b: 30 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const x = (e: number) => m.l + ((e - 0.5) / 5) * w;
  const y = (b: number) => m.t + h - ((b - 0.5) / 5) * h;
  const sorted = [...points].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  const spots = placeMarkers(sorted.map((p) => ({ x: x(p.effort), y: y(p.benefit), r: p.rank === null ? 3 : 7 })));
  const placed = sorted.map((p, i) => ({ p, cx: spots[i].x, cy: spots[i].y }));
  const qx = x(3.5);
  const qy = y(3.5);
  // the "later" grey is light for its dots; its label needs the darker text grey to be read
  const q = (id: string, tx: number, ty: number, anchor: "start" | "end") => (
    <Text x={tx} y={ty} style={{ fontFamily: F, fontSize: 7.5, fontWeight: 700 }} fill={id === "later" ? muted : quadrantColor[id as keyof typeof quadrantColor]} textAnchor={anchor}>
      {labels.quadrants[id]}
    </Text>
  );
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Rect x={m.l} y={m.t} width={qx - m.l} height={qy - m.t} fill="#eef6f3" />
      <Rect x={qx} y={m.t} width={m.l + w - qx} height={qy - m.t} fill="#eef3f9" />
      <Rect x={m.l} y={qy} width={qx - m.l} height={m.t + h - qy} fill="#f6f7f9" />
      <Rect x={qx} y={qy} width={m.l + w - qx} height={m.t + h - qy} fill="#fbfbfc" />
      {/* axes with arrowheads (drawn: the arrow glyph is not in the embedded Latin font) */}
      <Line x1={m.l} y1={m.t + h} x2={m.l + w} y2={m.t + h} stroke={muted} strokeWidth={0.8} />
      <Line x1={m.l} y1={m.t} x2={m.l} y2={m.t + h} stroke={muted} strokeWidth={0.8} />
      <Polygon points={`${m.l + w + 6},${m.t + h} ${m.l + w},${m.t + h - 3} ${m.l + w},${m.t + h + 3}`} fill={muted} />
      <Polygon points={`${m.l},${m.t - 6} ${m.l - 3},${m.t} ${m.l + 3},${m.t}`} fill={muted} />
      <Line x1={qx} y1={m.t} x2={qx} y2={m.t + h} stroke={line} strokeWidth={0.8} strokeDasharray="3,2" />
      <Line x1={m.l} y1={qy} x2={m.l + w} y2={qy} stroke={line} strokeWidth={0.8} strokeDasharray="3,2" />
      {q("quick-win", m.l + 6, m.t + 12, "start")}
      {q("strategic", m.l + w - 6, m.t + 12, "end")}
      {q("fill-in", m.l + 6, m.t + h - 6, "start")}
      {q("later", m.l + w - 6, m.t + h - 6, "end")}
      <Text x={m.l} y={height - 8} style={{ fontFamily: F, fontSize: 7 }} fill={muted}>{labels.low}</Text>
      <Text x={m.l + w / 2} y={height - 8} style={{ fontFamily: F, fontSize: 8, fontWeight: 700 }} fill={muted} textAnchor="middle">{labels.effort}</Text>
      <Text x={m.l + w} y={height - 8} style={{ fontFamily: F, fontSize: 7 }} fill={muted} textAnchor="end">{labels.high}</Text>
      <G transform={`translate(12, ${m.t + h / 2}) rotate(-90)`}>
        <Text x={0} y={0} style={{ fontFamily: F, fontSize: 8, fontWeight: 700 }} fill={muted} textAnchor="middle">{labels.benefit}</Text>
      </G>
      <Text x={m.l - 4} y={m.t + h} style={{ fontFamily: F, fontSize: 7 }} fill={muted} textAnchor="end">{labels.low}</Text>
      <Text x={m.l - 4} y={m.t + 8} style={{ fontFamily: F, fontSize: 7 }} fill={muted} textAnchor="end">{labels.high}</Text>
      {placed.map(({ p, cx, cy }) =>
        p.rank === null ? (
          <Circle key={p.measureId} cx={cx} cy={cy} r={3} fill="#b8c2cc" />
        ) : (
          <G key={p.measureId}>
            <Circle cx={cx} cy={cy} r={7} fill={quadrantColor[p.quadrant]} />
            <Text x={cx} y={cy + 2.6} style={{ fontFamily: F, fontSize: 7, fontWeight: 700 }} fill="#ffffff" textAnchor="middle">
              {String(p.rank)}
            </Text>
          </G>
        ),
      )}
    </Svg>
  );
}
