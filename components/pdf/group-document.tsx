import { Document, Page, Text, View, StyleSheet, Svg, Rect, Line } from "@react-pdf/renderer";
import type { GroupPdfView } from "@/lib/workshops/group-pdf-view";
import { spreadBar } from "@/lib/workshops/aggregate";
import { PageFooter, renderShortDocument } from "./short-document";
import { fontFamilies } from "./fonts";
import { Radar } from "./plan/charts";
import { brand, brandDark, brandLight, gapColor, ink, line, muted } from "./plan/styles";

export type GroupPdfLabels = {
  kicker: string;
  /** "{count} Betriebe · Stand {date}" already filled in */
  facts: string;
  anonymity: string;
  radarTitle: string;
  radarHint: string;
  spreadTitle: string;
  spreadHint: string;
  field: string;
  mean: string;
  middle: string;
  companies: string;
  tooFew: string;
  overall: string;
  gapsTitle: string;
  gapsHint: string;
  /** "{companies} von {count}" with {companies} left to fill */
  gapShare: string;
  noGaps: string;
  measuresTitle: string;
  measuresHint: string;
  /** "{companies} von {count}" with {companies} left to fill */
  measureShare: string;
  noMeasures: string;
  measuresMissing: string;
  versions: string;
  nextTitle: string;
  nextText: string;
  footer: string;
  page: string;
};
export type GroupPdfInput = { view: GroupPdfView; labels: GroupPdfLabels; dateText: string; locale: "de" | "en" };

const s = StyleSheet.create({
  page: { fontFamily: fontFamilies, fontSize: 9.5, paddingTop: 44, paddingBottom: 60, paddingHorizontal: 48, color: ink },
  kicker: { fontSize: 8, color: brand, fontWeight: 700, letterSpacing: 1, textTransform: "uppercase", marginBottom: 4 },
  h1: { fontSize: 19, fontWeight: 700, color: brandDark, marginBottom: 3 },
  sub: { fontSize: 11, color: muted, marginBottom: 10 },
  box: { backgroundColor: brandLight, borderRadius: 4, padding: 10, marginBottom: 12 },
  facts: { fontSize: 11, fontWeight: 700, color: brandDark, marginBottom: 3 },
  h2: { fontSize: 14, fontWeight: 700, color: brandDark, marginTop: 6, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 700, color: ink, marginTop: 10, marginBottom: 2 },
  hint: { fontSize: 8, color: muted, marginBottom: 5 },
  radarRow: { flexDirection: "row", alignItems: "center", marginBottom: 4 },
  legend: { flex: 1, paddingLeft: 14 },
  legendRow: { flexDirection: "row", paddingVertical: 2.5, borderBottomWidth: 0.5, borderColor: line },
  num: { width: 16, fontWeight: 700, color: muted },
  grow: { flex: 1, paddingRight: 6 },
  value: { width: 40, textAlign: "right", fontWeight: 700 },
  th: { fontSize: 7.5, fontWeight: 700, color: muted, textTransform: "uppercase" },
  tr: { flexDirection: "row", alignItems: "center", borderBottomWidth: 0.5, borderColor: line, paddingVertical: 4 },
  fieldCol: { width: 150, paddingRight: 6 },
  barCol: { width: 200 },
  numCol: { width: 48, textAlign: "right" },
  countCol: { width: 48, textAlign: "right", color: muted },
  listRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: line, paddingVertical: 4 },
  share: { width: 90, textAlign: "right", fontWeight: 700, color: brandDark },
  gapShare: { width: 90, textAlign: "right", fontWeight: 700, color: gapColor },
  dim: { fontSize: 8, color: muted },
});

const BAR_W = 190;
const BAR_H = 12;

/** What `spreadBar` says (as on the projector): p25–p75 as a band, the average as a dark tick; 0–100 with a thin line at 50. */
function SpreadBar({ stat }: { stat: NonNullable<GroupPdfView["questionnaires"][number]["dimensions"][number]["stat"]> }) {
  const b = spreadBar(stat);
  const x = (v: number) => (v / 100) * BAR_W;
  return (
    <Svg width={BAR_W} height={BAR_H} viewBox={`0 0 ${BAR_W} ${BAR_H}`}>
      <Rect x={0} y={2} width={BAR_W} height={BAR_H - 4} fill="#f1f4f6" />
      <Line x1={x(50)} y1={0} x2={x(50)} y2={BAR_H} stroke={line} strokeWidth={0.6} />
      <Rect x={x(b.from)} y={2} width={Math.max(1.5, x(b.to) - x(b.from))} height={BAR_H - 4} fill={brand} fillOpacity={0.35} />
      <Rect x={x(b.mark) - 1} y={0} width={2} height={BAR_H} fill={brandDark} />
    </Svg>
  );
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
const round = (v: number) => String(Math.round(v));

function GapRow({ g, share }: { g: GroupPdfView["questionnaires"][number]["gaps"][number]; share: string }) {
  return (
    <View style={s.listRow} wrap={false}>
      <View style={s.grow}>
        <Text>{g.question}</Text>
        <Text style={s.dim}>{g.dimension}</Text>
      </View>
      <Text style={s.gapShare}>{share}</Text>
    </View>
  );
}

function MeasureRow({ n, title, share }: { n: number; title: string; share: string }) {
  return (
    <View style={s.listRow} wrap={false}>
      <Text style={s.num}>{String(n)}</Text>
      <Text style={s.grow}>{title}</Text>
      <Text style={s.share}>{share}</Text>
    </View>
  );
}

function QuestionnairePart({ q, labels, count, first }: { q: GroupPdfView["questionnaires"][number]; labels: GroupPdfLabels; count: number; first: boolean }) {
  return (
    <View break={!first}>
      <Text style={s.h2}>{q.title}</Text>
      <View wrap={false}>
        <Text style={s.h3}>{labels.radarTitle}</Text>
        <Text style={s.hint}>{labels.radarHint}</Text>
        <View style={s.radarRow}>
          <Radar values={q.dimensions.map((d) => d.stat?.mean ?? null)} size={200} />
          <View style={s.legend}>
            {q.dimensions.map((d, i) => (
              <View key={d.id} style={s.legendRow}>
                <Text style={s.num}>{String(i + 1)}</Text>
                <Text style={s.grow}>{d.title}</Text>
                <Text style={s.value}>{d.stat ? round(d.stat.mean) : "–"}</Text>
              </View>
            ))}
            {q.overall && (
              <View style={[s.legendRow, { borderBottomWidth: 0 }]}>
                <Text style={s.num} />
                <Text style={[s.grow, { fontWeight: 700 }]}>{labels.overall}</Text>
                <Text style={s.value}>{round(q.overall.mean)}</Text>
              </View>
            )}
          </View>
        </View>
      </View>
      <View wrap={false}>
        <Text style={s.h3}>{labels.spreadTitle}</Text>
        <Text style={s.hint}>{labels.spreadHint}</Text>
        <View style={[s.tr, { paddingVertical: 3 }]}>
          <Text style={[s.th, s.fieldCol]}>{labels.field}</Text>
          <Text style={[s.th, s.barCol]}>{labels.middle}</Text>
          <Text style={[s.th, s.numCol]}>{labels.mean}</Text>
          <Text style={[s.th, s.countCol]}>{labels.companies}</Text>
        </View>
        {q.dimensions.map((d) => (
          <View key={d.id} style={s.tr}>
            <Text style={s.fieldCol}>{d.title}</Text>
            <View style={s.barCol}>{d.stat ? <SpreadBar stat={d.stat} /> : <Text style={s.dim}>{labels.tooFew}</Text>}</View>
            <Text style={[s.numCol, { fontWeight: 700 }]}>{d.stat ? round(d.stat.mean) : "–"}</Text>
            <Text style={s.countCol}>{d.stat ? String(d.stat.n) : "–"}</Text>
          </View>
        ))}
      </View>
      {/* the heading stays with the first gap: never alone at the foot of a page */}
      <View wrap={false}>
        <Text style={s.h3}>{labels.gapsTitle}</Text>
        <Text style={s.hint}>{labels.gapsHint}</Text>
        {q.gaps.length === 0 && <Text>{labels.noGaps}</Text>}
        {q.gaps.slice(0, 1).map((g) => <GapRow key={g.itemId} g={g} share={fill(labels.gapShare, { companies: g.companies, count })} />)}
      </View>
      {q.gaps.slice(1).map((g) => <GapRow key={g.itemId} g={g} share={fill(labels.gapShare, { companies: g.companies, count })} />)}
    </View>
  );
}

/** The group result of a workshop for the handout: aggregates of one published state, no company, no person. */
export function GroupDocument({ view, labels, locale }: GroupPdfInput) {
  const count = view.companyCount;
  return (
    <Document title={`${labels.kicker} – ${view.workshop.title}`} author="KMU-Kompass" subject={labels.kicker} language={locale} creator="KMU-Kompass" producer="KMU-Kompass">
      <Page size="A4" style={s.page}>
        <Text style={s.kicker} fixed>{labels.kicker}</Text>
        <Text style={s.h1}>{view.workshop.title}</Text>
        <Text style={s.sub}>{`${view.workshop.date} · ${view.workshop.place}`}</Text>
        <View style={s.box}>
          <Text style={s.facts}>{labels.facts}</Text>
          <Text>{labels.anonymity}</Text>
        </View>
        {view.questionnaires.map((q, i) => (
          <QuestionnairePart key={q.key} q={q} labels={labels} count={count} first={i === 0} />
        ))}
        <View wrap={false}>
          <Text style={s.h2}>{labels.measuresTitle}</Text>
          <Text style={s.hint}>{labels.measuresHint}</Text>
          {view.measures === null && <Text>{labels.measuresMissing}</Text>}
          {view.measures?.length === 0 && <Text>{labels.noMeasures}</Text>}
          {(view.measures ?? []).slice(0, 2).map((m, i) => <MeasureRow key={m.measureId} n={i + 1} title={m.title} share={fill(labels.measureShare, { companies: m.companies, count })} />)}
        </View>
        {(view.measures ?? []).slice(2).map((m, i) => <MeasureRow key={m.measureId} n={i + 3} title={m.title} share={fill(labels.measureShare, { companies: m.companies, count })} />)}
        <View wrap={false}>
          <Text style={s.h2}>{labels.nextTitle}</Text>
          <Text>{labels.nextText}</Text>
        </View>
        <View wrap={false}>
          <Text style={s.h3}>{labels.versions}</Text>
          <Text style={s.dim}>{view.versions.join(" · ")}</Text>
        </View>
        <PageFooter text={labels.footer} />
      </Page>
    </Document>
  );
}

/** Renders the document in the calling thread. The server calls it only inside the worker pool. */
export function renderGroupPdf(input: GroupPdfInput, root?: string): Promise<Buffer> {
  return renderShortDocument(GroupDocument, input, root);
}
