import { Page, Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { brand, brandDark, brandLight, gapColor, line, muted, s } from "./styles";
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
            const diff = p.self !== null && p.partner !== null ? Math.round(p.self - p.partner) : null;
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
          {!tr.hasPartner && <Text style={[s.small, { marginTop: 6 }]}>{t("plan.noPartner")}</Text>}
        </View>
      )}
      <View style={{ height: 18 }} />
      <SectionTitle id="cycle" title={t("plan.section.cycle")} lead={t("plan.cycleIntro", { threshold: cy?.threshold ?? 80 })} />
      {!cy ? (
        <Text style={s.box}>{t("plan.noCycle")}</Text>
      ) : (
        <View>
          <View style={{ flexDirection: "row" }} wrap={false}>
            {cy.steps.map((st, i) => {
              const isCurrent = st.current;
              return (
                <View key={st.id} style={{ flex: 1, marginRight: i < cy.steps.length - 1 ? 4 : 0, padding: 6, borderRadius: 3, backgroundColor: isCurrent ? brand : st.done ? brandLight : "#f3f5f7", borderWidth: 0.5, borderColor: isCurrent ? brand : line }}>
                  <Text style={{ fontSize: 7, color: isCurrent ? "#cfe7e1" : muted }}>{String(i + 1)}</Text>
                  <Text style={{ fontSize: 8.5, fontWeight: 700, color: isCurrent ? "#ffffff" : brandDark, minHeight: 24 }}>{st.title}</Text>
                  <Text style={{ fontSize: 8, color: isCurrent ? "#ffffff" : muted }}>{`${x.num(st.completeness)} / 100${st.done ? ` · ${t("plan.cycleDone")}` : ""}`}</Text>
                  {isCurrent && <Text style={{ fontSize: 7.5, color: "#ffffff", fontWeight: 700, marginTop: 2 }}>{t("plan.cycleCurrent")}</Text>}
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
