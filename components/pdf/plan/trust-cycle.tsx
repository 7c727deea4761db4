import { Page, Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { brand, brandDark, brandLight, gapColor, muted, s } from "./styles";
import { Footer, SectionTitle } from "./parts";

function Bar({ value, color }: { value: number | null; color: string }) {
  return (
    <View style={{ height: 6, backgroundColor: "#edf0f3", borderRadius: 2, flex: 1 }}>
      <View style={{ height: 6, width: `${Math.max(0, Math.min(100, value ?? 0))}%`, backgroundColor: color, borderRadius: 2 }} />
    </View>
  );
}

/** Trust pillars (self vs partner) and the cycle of trust with the checklist of the current step. */
export function TrustAndCycle({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const tr = view.trust;
  const cy = view.cycle;
  const current = cy?.currentStep;
  return (
    <Page size="A4" style={s.page}>
      <SectionTitle id="trust" title={t("plan.section.trust")} lead={t("plan.trustIntro")} />
      {!tr ? (
        <Text style={s.box}>{t("plan.noTrust")}</Text>
      ) : (
        <View>
          <View style={[s.tr, { borderColor: muted }]}>
            <View style={{ width: 150 }} />
            <Text style={[s.th, { flex: 1 }]}>{t("plan.self")}</Text>
            <Text style={[s.th, { flex: 1, marginLeft: 12 }]}>{t("plan.partner")}</Text>
            <Text style={[s.th, { width: 60, textAlign: "right" }]}>{t("plan.difference")}</Text>
          </View>
          {tr.pillars.map((p) => {
            const diff = p.gap; // partner − self, of the figures as printed
            return (
              <View key={p.id} style={[s.tr, { alignItems: "center" }]} wrap={false}>
                <Text style={{ width: 150, fontWeight: 700 }}>{p.title}</Text>
                <View style={{ flex: 1, flexDirection: "row", alignItems: "center" }}>
                  <Bar value={p.self} color={brand} />
                  <Text style={{ width: 24, textAlign: "right" }}>{x.num(p.self)}</Text>
                </View>
                <View style={{ flex: 1, flexDirection: "row", alignItems: "center", marginLeft: 12 }}>
                  <Bar value={p.partner} color="#2563a8" />
                  <Text style={{ width: 24, textAlign: "right" }}>{x.num(p.partner)}</Text>
                </View>
                <Text style={{ width: 60, textAlign: "right", fontWeight: 700, color: diff !== null && Math.abs(diff) >= 20 ? gapColor : muted }}>
                  {diff === null ? "–" : `${diff > 0 ? "+" : ""}${diff}`}
                </Text>
              </View>
            );
          })}
          <Text style={[s.small, { marginTop: 6 }]}>{tr.hasPartner ? t("plan.differenceNote") : t("plan.noPartner")}</Text>
        </View>
      )}
      <View style={{ height: 18 }} />
      <SectionTitle id="cycle" title={t("plan.section.cycle")} lead={t("plan.cycleIntro", { threshold: cy?.threshold ?? 80 })} />
      {!cy ? (
        <Text style={s.box}>{t("plan.noCycle")}</Text>
      ) : (
        <View>
          {/* one row per step: long German titles ("Kooperationsstrukturen") need the whole width */}
          <View wrap={false}>
            {cy.steps.map((st, i) => {
              const isCurrent = st.current;
              const fg = isCurrent ? "#ffffff" : brandDark;
              return (
                <View key={st.id} style={{ flexDirection: "row", alignItems: "center", paddingVertical: 5, paddingHorizontal: 6, marginBottom: 2, borderRadius: 3, backgroundColor: isCurrent ? brand : st.done ? brandLight : "#f3f5f7" }}>
                  <Text style={{ width: 16, fontWeight: 700, color: isCurrent ? "#cfe7e1" : muted }}>{String(i + 1)}</Text>
                  <Text style={{ flex: 1, fontWeight: 700, color: fg }}>{st.title}</Text>
                  <View style={{ width: 110, marginHorizontal: 8, flexDirection: "row" }}>
                    <Bar value={st.completeness} color={isCurrent ? "#ffffff" : brand} />
                  </View>
                  <Text style={{ width: 46, textAlign: "right", color: fg }}>{`${x.num(st.completeness)} / 100`}</Text>
                  <Text style={{ width: 92, textAlign: "right", fontSize: 8, fontWeight: 700, color: isCurrent ? "#ffffff" : muted }}>
                    {isCurrent ? t("plan.cycleCurrent") : st.done ? t("plan.cycleDone") : ""}
                  </Text>
                </View>
              );
            })}
          </View>
          {current ? (
            <View style={{ marginTop: 10 }} wrap={false}>
              <Text style={s.h3}>{t("plan.checklist", { step: current.title })}</Text>
              {current.openItems.map((c) => (
                <View key={c.itemId} style={{ flexDirection: "row", paddingVertical: 3 }}>
                  <View style={{ width: 9, height: 9, borderWidth: 1, borderColor: brand, marginRight: 8, marginTop: 2 }} />
                  <Text style={{ flex: 1 }}>{c.question}</Text>
                </View>
              ))}
            </View>
          ) : (
            <Text style={[s.box, { marginTop: 10 }]}>{t("plan.cycleAllDone")}</Text>
          )}
        </View>
      )}
      <Footer view={view} x={x} />
    </Page>
  );
}
