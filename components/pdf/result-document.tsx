import { Document, Page, Text, View, StyleSheet } from "@react-pdf/renderer";
import type { ResultView } from "@/lib/report/result-view";
import { stampProps } from "./render-document";
import { fontFamilies } from "./fonts";

export type ResultPdfLabels = {
  title: string;
  subtitle: string;
  company: string;
  date: string;
  respondent: string;
  questionnaire: string;
  contentVersion: string;
  scoringVersion: string;
  toolVersion: string;
  overall: string;
  dimension: string;
  score: string;
  band: string;
  answered: string;
  bandNames: Record<string, string>;
  bandMeaning: string | null;
  notAnswered: string;
  next: string;
  footer: string;
  page: string;
};

const s = StyleSheet.create({
  page: { fontFamily: fontFamilies, fontSize: 10, padding: 40, color: "#1c2430" },
  h1: { fontSize: 20, fontWeight: 700, color: "#08463c", marginBottom: 4 },
  sub: { fontSize: 11, marginBottom: 16, color: "#334155" },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaKey: { width: 140, color: "#475569" },
  box: { marginTop: 16, padding: 12, backgroundColor: "#eef6f4", borderRadius: 4 },
  big: { fontSize: 26, fontWeight: 700, color: "#08463c" },
  table: { marginTop: 16, borderTopWidth: 1, borderColor: "#cbd5e1" },
  row: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#e2e8f0", paddingVertical: 5 },
  head: { fontWeight: 700, color: "#334155" },
  c1: { width: "40%" },
  c2: { width: "30%", flexDirection: "row", alignItems: "center" },
  c3: { width: "15%" },
  c4: { width: "15%" },
  barBg: { height: 6, width: 80, backgroundColor: "#e2e8f0", marginRight: 6 },
  bar: { height: 6, backgroundColor: "#0f6b5c" },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 8, color: "#64748b", flexDirection: "row", justifyContent: "space-between" },
});

export function ResultDocument({ view, labels, dateText, toolVersion }: { view: ResultView; labels: ResultPdfLabels; dateText: string; toolVersion: string }) {
  return (
    <Document title={`${labels.title} – ${view.companyName}`} author="KMU-Kompass" subject={view.questionnaireTitle} language={view.locale} creator="KMU-Kompass" producer="KMU-Kompass">
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>{labels.title}</Text>
        <Text style={s.sub}>{labels.subtitle}</Text>
        {[
          [labels.company, view.companyName],
          [labels.date, dateText],
          [labels.respondent, view.respondent],
          [labels.questionnaire, view.questionnaireTitle],
          [labels.contentVersion, view.contentVersion],
          [labels.scoringVersion, view.scoringVersion],
          [labels.toolVersion, toolVersion],
        ].map(([k, v]) => (
          <View style={s.meta} key={k}>
            <Text style={s.metaKey}>{k}</Text>
            <Text>{v}</Text>
          </View>
        ))}
        <View style={s.box}>
          <Text>{labels.overall}</Text>
          <Text style={s.big}>{view.overall === null ? "–" : `${Math.round(view.overall)} / 100`}</Text>
          {view.band && <Text style={{ fontWeight: 700 }}>{labels.bandNames[view.band]}</Text>}
          {labels.bandMeaning && <Text>{labels.bandMeaning}</Text>}
        </View>
        <View style={s.table}>
          <View style={[s.row, s.head]}>
            <Text style={s.c1}>{labels.dimension}</Text>
            <Text style={s.c2}>{labels.score}</Text>
            <Text style={s.c3}>{labels.band}</Text>
            <Text style={s.c4}>{labels.answered}</Text>
          </View>
          {view.dimensions.map((d) => (
            <View style={s.row} key={d.id} wrap={false}>
              <Text style={s.c1}>{d.title}</Text>
              <View style={s.c2}>
                {d.score === null ? (
                  <Text>{labels.notAnswered}</Text>
                ) : (
                  <>
                    <View style={s.barBg}>
                      <View style={[s.bar, { width: (80 * d.score) / 100 }]} />
                    </View>
                    <Text>{Math.round(d.score)}</Text>
                  </>
                )}
              </View>
              <Text style={s.c3}>{d.band ? labels.bandNames[d.band] : "–"}</Text>
              <Text style={s.c4}>{`${d.answered} / ${d.total}`}</Text>
            </View>
          ))}
        </View>
        <View style={s.box}>
          <Text>{labels.next}</Text>
        </View>
        <View style={s.footer} fixed>
          <Text>{labels.footer}</Text>
          <Text style={{ width: 90, textAlign: "right" }} {...stampProps("page")} />
        </View>
      </Page>
    </Document>
  );
}
