import { Page, Text, View } from "@react-pdf/renderer";
import type { DimensionDetail, PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { brand, brandDark, gapColor, line, muted, s } from "./styles";
import { bookmark, Footer, SectionTitle } from "./parts";
import { markProps } from "../render-document";

const tagColor = { strength: brand, gap: gapColor, neutral: "#7c8a99", na: "#9aa5b1", unanswered: "#9aa5b1" } as const;

/** One page per field of action: score, band, the answers behind it, the recommended measures. */
export function Dimensions({ view, x }: { view: PlanView; x: PlanText }) {
  const dims = view.readiness?.dimensions ?? [];
  if (!dims.length) return null;
  return (
    <>
      {dims.map((d, i) => (
        <Page key={d.id} size="A4" style={s.page}>
          {i === 0 && <SectionTitle id="dimensions" title={x.t("plan.section.dimensions")} lead={x.t("plan.dimensionIntro")} />}
          <DimensionBlock d={d} detail={view.dimensionDetails.find((x) => x.id === d.id)} n={i + 1} total={dims.length} x={x} />
          <Footer view={view} x={x} />
        </Page>
      ))}
    </>
  );
}

type Dim = NonNullable<PlanView["readiness"]>["dimensions"][number];

function DimensionBlock({ d, detail, n, total, x }: { d: Dim; detail: DimensionDetail | undefined; n: number; total: number; x: PlanText }) {
  const { t } = x;
  const tagText = { strength: t("plan.strengthTag"), gap: t("plan.gapTag"), neutral: t("plan.openTag"), na: t("plan.naTag"), unanswered: t("plan.unansweredTag") };
  return (
    <View>
      <View {...bookmark(d.title)} {...markProps(`dim:${d.id}`)} minPresenceAhead={120}>
        <Text style={s.kicker}>{t("plan.fieldOf", { n, total })}</Text>
        <Text style={[s.h2, { marginTop: 0, fontSize: 15 }]}>{d.title}</Text>
      </View>
      <View style={[s.box, { flexDirection: "row", alignItems: "center" }]}>
        <View style={{ width: 92 }}>
          <Text style={s.small}>{t("plan.score")}</Text>
          <Text style={{ fontSize: 22, fontWeight: 700, color: brandDark }}>{x.num(d.score)}</Text>
        </View>
        <View style={{ flex: 1 }}>
          <Text style={s.small}>{t("plan.band")}</Text>
          <Text style={{ fontWeight: 700 }}>{d.band?.name ?? "–"}</Text>
          <View style={{ height: 5, backgroundColor: "#ffffff", marginTop: 4, borderRadius: 2 }}>
            <View style={{ height: 5, width: `${Math.max(0, Math.min(100, d.score ?? 0))}%`, backgroundColor: brand, borderRadius: 2 }} />
          </View>
          <Text style={[s.small, { marginTop: 4 }]}>{d.band?.meaning ?? ""}</Text>
        </View>
      </View>
      <Text style={s.p}>{detail?.description ?? ""}</Text>
      <Text style={s.h3}>{t("plan.findings")}</Text>
      {(detail?.findings ?? []).map((f) => (
        <View key={f.itemId} wrap={false} style={{ flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderColor: line }}>
          <View style={{ width: 74 }}>
            <Text style={[s.tag, { backgroundColor: tagColor[f.kind], alignSelf: "flex-start" }]}>{tagText[f.kind]}</Text>
          </View>
          <View style={{ flex: 1 }}>
            <Text>{f.question}</Text>
            <Text style={{ fontSize: 8, color: muted }}>{f.answers.map((a) => t("plan.answerBy", { respondent: a.respondent, answer: a.text })).join(" · ") || "–"}</Text>
          </View>
          <Text style={{ width: 26, textAlign: "right", fontWeight: 700 }}>{x.num(f.points)}</Text>
        </View>
      ))}
      <View wrap={false}>
        <Text style={s.h3}>{t("plan.recommendations")}</Text>
        {!detail?.recommendations.length ? (
          <Text>{detail?.deferred.length ? t("plan.deferredHere", { count: detail.deferred.length, measures: detail.deferred.map((m) => t("plan.quoted", { text: m.title })).join(", ") }) : detail?.hasGap ? t("plan.gapWithoutMeasure") : t("plan.noRecommendation")}</Text>
        ) : (
          detail.recommendations.map((r) => (
            <View key={r.measureId} style={{ marginBottom: 5, paddingLeft: 8, borderLeftWidth: 2, borderColor: brand }}>
              <Text style={{ fontWeight: 700 }}>{`${r.rank}. ${r.title}`}</Text>
              <Text>{r.firstStep}</Text>
              <Text style={s.small}>{t("plan.inPhase", { phase: t(`plan.phaseShort.${r.phase}`) })}</Text>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
