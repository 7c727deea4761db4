import { Page, Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { brand, gapColor, muted, s } from "./styles";
import { Footer, SectionTitle } from "./parts";

/** One block per active cooperation: its step, the open checklist items, the two-sided comparison when present. */
export function Cooperations({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const list = view.cooperations ?? [];
  if (!list.length) return null;
  return (
    <Page size="A4" style={s.page}>
      <SectionTitle id="cooperations" title={t("cooperation.pdf.title")} lead={t("cooperation.pdf.lead")} />
      {list.map((c) => (
        <View key={c.id} style={{ marginBottom: 14 }} wrap={false}>
          <Text style={s.h2}>{`${c.partnerName} · ${c.field}`}</Text>
          <Text style={{ fontWeight: 700 }}>{t("cooperation.pdf.step", { number: c.stepNumber, title: t(`cooperation.steps.${c.step}.title`), cycle: c.cycle })}</Text>
          <Text style={s.small}>{c.nextDate ? t("cooperation.pdf.nextDate", { date: x.date(`${c.nextDate}T00:00:00Z`) }) : t("cooperation.pdf.noDate")}</Text>
          <Text style={s.h3}>{t("cooperation.pdf.openItems")}</Text>
          {c.openItems.length ? (
            c.openItems.map((o, i) => (
              <View key={i} style={{ flexDirection: "row", paddingVertical: 2 }}>
                <View style={{ width: 8, height: 8, borderWidth: 1, borderColor: brand, marginRight: 7, marginTop: 2 }} />
                <Text style={{ flex: 1 }}>{o}</Text>
              </View>
            ))
          ) : (
            <Text>{t("cooperation.pdf.allDone")}</Text>
          )}
          <Text style={s.h3}>{t("cooperation.pdf.trustTitle")}</Text>
          {c.trust ? (
            <View>
              <View style={[s.tr, { borderColor: muted }]}>
                <Text style={[s.th, { flex: 2 }]}>{t("cooperation.trust.col.pillar")}</Text>
                <Text style={[s.th, { flex: 1, textAlign: "right" }]}>{t("cooperation.trust.col.usSelf")}</Text>
                <Text style={[s.th, { flex: 1, textAlign: "right" }]}>{t("cooperation.trust.col.partnerViewOfUs")}</Text>
                <Text style={[s.th, { width: 60, textAlign: "right" }]}>{t("cooperation.trust.col.gap")}</Text>
              </View>
              {c.trust.pillars.map((p) => (
                <View key={p.id} style={s.tr}>
                  <Text style={{ flex: 2, fontWeight: 700 }}>{t(`cooperation.trust.pillars.${p.id}`)}</Text>
                  <Text style={{ flex: 1, textAlign: "right" }}>{x.num(p.usSelf)}</Text>
                  <Text style={{ flex: 1, textAlign: "right" }}>{x.num(p.partnerViewOfUs)}</Text>
                  <Text style={{ width: 60, textAlign: "right", fontWeight: 700, color: p.gapUs !== null && p.gapUs <= -15 ? gapColor : muted }}>{p.gapUs === null ? "–" : `${p.gapUs > 0 ? "+" : ""}${p.gapUs}`}</Text>
                </View>
              ))}
              <Text style={[s.small, { marginTop: 4 }]}>{t("cooperation.trust.gapNote")}</Text>
            </View>
          ) : (
            <Text style={s.small}>{t("cooperation.pdf.noTrust")}</Text>
          )}
        </View>
      ))}
      <Footer view={view} x={x} />
    </Page>
  );
}
