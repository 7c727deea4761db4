import { Fragment } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { COMES_LATER, type PlanView } from "@/lib/report/plan-view";
import type { RoadmapItem } from "@/lib/report/company-view";
import type { PlanText } from "./text";
import { MatrixChart } from "./charts";
import { brand, brandDark, brandLight, line, muted, quadrantColor, s } from "./styles";
import { Footer, SectionTitle } from "./parts";

// 738 pt: the landscape page between its margins. The owner column holds long German roles ("Personalverantwortliche/r").
const W = { no: 22, measure: 160, owner: 120, actions: 240, kpi: 140, review: 56 };
// space between columns: with less, a bold title ran visually into the owner next to it
const GAP = 10;

/** The priority matrix as a chart with its legend. */
export function Matrix({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const rank = new Map(view.roadmap.flatMap((p) => p.items).map((i) => [i.measureId, i.rank]));
  const points = view.matrix.map((m) => ({ ...m, rank: rank.get(m.measureId) ?? null }));
  const ranked = points.filter((m) => m.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
  return (
    <Page size="A4" style={s.page}>
      <SectionTitle id="matrix" title={t("plan.section.matrix")} lead={t("plan.matrixIntro")} />
      <MatrixChart
        points={points}
        labels={{ effort: t("plan.effort"), benefit: t("plan.benefit"), low: t("plan.low"), high: t("plan.high"), quadrants: Object.fromEntries(["quick-win", "strategic", "fill-in", "later"].map((q) => [q, t(`plan.quadrant.${q}`)])) }}
      />
      <View style={{ marginTop: 10 }}>
        {ranked.map((m) => (
          <View key={m.measureId} style={{ flexDirection: "row", paddingVertical: 2 }} wrap={false}>
            <Text style={{ width: 20, fontWeight: 700, color: quadrantColor[m.quadrant] }}>{String(m.rank)}</Text>
            <Text style={{ flex: 1 }}>{m.title}</Text>
            <Text style={{ width: 120, color: muted, fontSize: 8 }}>{m.quadrantLabel}</Text>
          </View>
        ))}
      </View>
      <Footer view={view} x={x} />
    </Page>
  );
}

function Row({ it, x }: { it: RoadmapItem; x: PlanText }) {
  const star = (b: boolean) => (b ? " *" : "");
  return (
    <View style={[s.tr, { fontSize: 8 }]} wrap={false}>
      <Text style={{ width: W.no, fontWeight: 700, color: brand }}>{String(it.rank)}</Text>
      <View style={{ width: W.measure, paddingRight: GAP }}>
        <Text style={{ fontWeight: 700 }}>{it.title}</Text>
        <Text style={{ color: muted, fontSize: 7 }}>{`${it.quadrantLabel} · ${it.statusLabel}${star(it.overridden.effort || it.overridden.benefit || it.overridden.phase)}`}</Text>
        {it.kept ? (
          <Text style={{ color: muted, fontSize: 7, marginTop: 2 }}>{x.t("plan.keptNote")}</Text>
        ) : (
          it.triggeredBy.length > 0 && <Text style={{ color: muted, fontSize: 7, marginTop: 2 }}>{`${x.t("plan.triggeredBy")}: ${it.triggeredBy.slice(0, 2).map((a) => `„${a.question}“ – ${a.answer}`).join(" · ")}${it.triggeredBy.length > 2 ? ` (+${it.triggeredBy.length - 2})` : ""}`}</Text>
        )}
      </View>
      <Text style={{ width: W.owner, paddingRight: GAP }}>{it.ownerRole + star(it.overridden.ownerRole)}</Text>
      <View style={{ width: W.actions, paddingRight: GAP }}>
        {it.firstSteps.map((a, i) => (
          <Text key={i} style={{ marginBottom: 2 }}>{`${i + 1}. ${a}`}</Text>
        ))}
      </View>
      <Text style={{ width: W.kpi, paddingRight: GAP }}>{it.kpi}</Text>
      <Text style={{ width: W.review }}>{x.shortDate(it.reviewDate) + star(it.overridden.dueDate)}</Text>
    </View>
  );
}

/**
 * Room below a phase heading for the table head and the phase's first row (react-pdf lays text out
 * only later, so it is estimated generously from the text lengths: 8 pt Noto Sans averages < 4.6 pt
 * per character, bold < 5; a line with its gap is 11 pt). With too little, a tall first row moved to
 * the next page and left the heading and the head alone at the foot.
 */
export function leadRoom(it: RoadmapItem): number {
  const LINE = 11;
  const lines = (text: string, width: number, charWidth = 4.6) => Math.max(1, Math.ceil((text.length * charWidth) / width));
  const measure = lines(it.title, W.measure - GAP, 5) * LINE + LINE; // bold title + quadrant/status line
  const actions = it.firstSteps.reduce((sum, a, i) => sum + lines(`${i + 1}. ${a}`, W.actions - GAP) * LINE + 2, 0);
  const kpi = lines(it.kpi, W.kpi - GAP) * LINE;
  const owner = lines(it.ownerRole, W.owner - GAP) * LINE;
  const HEAD = 24; // table head row, up to two lines of 7.5 pt capitals, with its padding
  return HEAD + 10 + Math.max(measure, actions, kpi, owner);
}

/** The roadmap by phase as a table. */
export function Roadmap({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  // a plan is short: the measures called for but scheduled later are listed one by one; the rest of
  // the catalogue (not needed, not applicable, not answered yet, unimportant) is counted by reason
  const later = view.deferred.filter((d) => COMES_LATER.has(d.reason));
  const others = OTHER_REASONS.map((r) => [r, view.deferred.filter((d) => d.reason === r).length] as const).filter(([, n]) => n > 0);
  const head = (
    <View style={[s.tr, { borderColor: muted }]}>
      <Text style={[s.th, { width: W.no }]}>{t("plan.col.no")}</Text>
      <Text style={[s.th, { width: W.measure }]}>{t("plan.col.measure")}</Text>
      <Text style={[s.th, { width: W.owner }]}>{t("plan.col.owner")}</Text>
      <Text style={[s.th, { width: W.actions }]}>{t("plan.col.firstActions")}</Text>
      <Text style={[s.th, { width: W.kpi }]}>{t("plan.col.kpi")}</Text>
      <Text style={[s.th, { width: W.review }]}>{t("plan.col.review")}</Text>
    </View>
  );
  return (
    <Page size="A4" orientation="landscape" style={s.page}>
      <SectionTitle id="roadmap" title={t("plan.section.roadmap")} lead={t("plan.roadmapIntro")} />
      {view.roadmap.map((ph) => (
        <Fragment key={ph.id}>
          {/* the phase heading never stands alone at the foot of a page: it travels with the table head and the first row
              (a sibling of the tables before it, so the paginator can break before it; an empty phase says so in its heading, one line) */}
          <View minPresenceAhead={ph.items.length ? leadRoom(ph.items[0]) : 0} style={{ backgroundColor: brandLight, paddingVertical: 4, paddingHorizontal: 6, marginTop: 10 }}>
            <Text style={{ fontWeight: 700, color: brandDark }}>
              {ph.label}
              {ph.items.length === 0 && <Text style={{ fontWeight: 400, color: muted }}>{` – ${t("plan.emptyPhase")}`}</Text>}
            </Text>
          </View>
          {ph.items.length > 0 && (
            <View>
              {/* repeated at the top of each page the phase's rows continue on */}
              <View fixed>{head}</View>
              {ph.items.map((it) => (
                <Row key={it.measureId} it={it} x={x} />
              ))}
            </View>
          )}
        </Fragment>
      ))}
      {later.length > 0 && (
        <View style={{ marginTop: 14 }}>
          <View minPresenceAhead={60} style={{ backgroundColor: brandLight, paddingVertical: 4, paddingHorizontal: 6 }}>
            <Text style={{ fontWeight: 700, color: brandDark }}>{t("plan.deferredTitle")}</Text>
          </View>
          <Text style={[s.small, { marginVertical: 4 }]}>{t("plan.deferredLaterIntro")}</Text>
          {later.map((d) => (
            <View key={d.measureId} style={{ flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderColor: line, fontSize: 8 }} wrap={false}>
              <Text style={{ width: 260, fontWeight: 700, paddingRight: GAP }}>{d.title}</Text>
              <Text style={{ flex: 1 }}>{d.reasonText}</Text>
            </View>
          ))}
        </View>
      )}
      {others.length > 0 && (
        <View style={{ marginTop: 10 }} wrap={false}>
          <Text style={{ fontWeight: 700, color: brandDark }}>{t("plan.deferredOthersTitle")}</Text>
          {others.map(([reason, count]) => (
            <Text key={reason} style={[s.small, { marginTop: 2 }]}>{`– ${t(`plan.deferredOthers.${reason}`, { count })}`}</Text>
          ))}
          <Text style={[s.small, { marginTop: 2, color: muted }]}>{t("plan.deferredOthersHint")}</Text>
        </View>
      )}
      <Footer view={view} x={x} />
    </Page>
  );
}

const OTHER_REASONS = ["in-place", "not-applicable", "not-answered", "low-relevance"] as const;

const REVIEW_COL = 64;
// wide enough for most titles on one line, so that a plan's 13 measures fit on one landscape page
const LABEL_COL = 260;

/** The roadmap as a timeline over 24 months: bar = start of the phase + typical duration; diamond = review date. */
export function Timeline({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const items = view.roadmap.flatMap((ph) => ph.items);
  const span = 24;
  const monthsFrom = (iso: string) => (Date.parse(iso) - Date.parse(view.generatedAt)) / (30.44 * 86400_000);
  const pct = (m: number) => `${(Math.max(0, Math.min(span, m)) / span) * 100}%`;
  // a review after month 24 has no diamond; the legend explains its bold date with an example
  const beyond = items.find((it) => monthsFrom(it.reviewDate) > span);
  return (
    <Page size="A4" orientation="landscape" style={s.page}>
      <SectionTitle id="timeline" title={t("plan.section.timeline")} lead={t("plan.timelineIntro")} />
      {/* phases and month scale, repeated at the top of each page the rows continue on */}
      <View fixed style={{ marginBottom: 4 }}>
        <View style={{ flexDirection: "row" }}>
          <View style={{ width: LABEL_COL }} />
          <View style={{ flex: 1, flexDirection: "row" }}>
            {view.roadmap.map((ph) => (
              <Text key={ph.id} style={{ width: pct(ph.endMonth - ph.startMonth), fontSize: 7.5, fontWeight: 700, color: brandDark, borderLeftWidth: 0.5, borderColor: muted, paddingLeft: 3 }}>
                {t(`plan.phaseShort.${ph.id}`)}
              </Text>
            ))}
          </View>
          <Text style={{ width: REVIEW_COL, textAlign: "right", fontSize: 7.5, fontWeight: 700, color: brandDark }}>{t("plan.col.review")}</Text>
        </View>
        <View style={{ flexDirection: "row", marginTop: 2 }}>
          <View style={{ width: LABEL_COL }} />
          {/* each label centred on its month (the first and last flush with the chart's edges) */}
          <View style={{ flex: 1, height: 9, position: "relative" }}>
            {[0, 6, 12, 18, 24].map((m) => (
              <Text key={m} style={{ position: "absolute", left: pct(m), width: 50, marginLeft: m === 0 ? 0 : m === span ? -50 : -25, textAlign: m === 0 ? "left" : m === span ? "right" : "center", fontSize: 7, color: muted }}>
                {`${t("plan.month")} ${m}`}
              </Text>
            ))}
          </View>
          <View style={{ width: REVIEW_COL }} />
        </View>
      </View>
      {items.map((it) => {
        const start = view.timeline[it.measureId]?.startMonth ?? 0;
        const end = Math.min(span, view.timeline[it.measureId]?.endMonth ?? start + 3);
        const review = monthsFrom(it.reviewDate);
        return (
          <View key={it.measureId} style={{ flexDirection: "row", alignItems: "center", paddingVertical: 3, borderBottomWidth: 0.5, borderColor: line }} wrap={false}>
            <View style={{ width: LABEL_COL, paddingRight: 8 }}>
              <Text style={{ fontSize: 8 }}>{`${it.rank}. ${it.title}`}</Text>
              <Text style={{ fontSize: 7, color: muted }}>{it.ownerRole}</Text>
            </View>
            <View style={{ flex: 1, height: 14, position: "relative" }}>
              {view.roadmap.map((ph) => (
                <View key={ph.id} style={{ position: "absolute", left: pct(ph.startMonth), top: -4, bottom: -4, borderLeftWidth: 0.5, borderColor: line }} />
              ))}
              <View style={{ position: "absolute", left: pct(start), width: pct(end - start), top: 3, height: 8, backgroundColor: quadrantColor[it.quadrant], borderRadius: 2 }} />
              {review >= 0 && review <= span && (
                <View style={{ position: "absolute", left: pct(review), top: 2.5, width: 7, height: 7, marginLeft: -3.5, backgroundColor: "#ffffff", borderWidth: 1.2, borderColor: brandDark, transform: "rotate(45deg)" }} />
              )}
            </View>
            {/* the date itself, also for reviews beyond the 24 months shown */}
            <Text style={{ width: REVIEW_COL, textAlign: "right", fontSize: 7.5, color: review > span ? brandDark : muted, fontWeight: review > span ? 700 : 400 }}>{x.shortDate(it.reviewDate)}</Text>
          </View>
        );
      })}
      <View style={{ flexDirection: "row", marginTop: 12, flexWrap: "wrap" }} wrap={false}>
        {(["quick-win", "strategic", "fill-in", "later"] as const).map((q) => (
          <View key={q} style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
            <View style={{ width: 10, height: 6, backgroundColor: quadrantColor[q], marginRight: 4, borderRadius: 1 }} />
            <Text style={{ fontSize: 7.5, color: muted }}>{t(`plan.quadrant.${q}`)}</Text>
          </View>
        ))}
        <View style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
          <View style={{ width: 6, height: 6, marginRight: 5, marginLeft: 1, backgroundColor: "#ffffff", borderWidth: 1.2, borderColor: brandDark, transform: "rotate(45deg)" }} />
          <Text style={{ fontSize: 7.5, color: muted }}>{t("plan.reviewMark")}</Text>
        </View>
        {beyond && (
          <Text style={{ fontSize: 7.5, color: muted }}>
            <Text style={{ fontWeight: 700, color: brandDark }}>{x.shortDate(beyond.reviewDate)}</Text>
            {` ${t("plan.reviewLater", { months: span })}`}
          </Text>
        )}
      </View>
      <Footer view={view} x={x} />
    </Page>
  );
}
