import { Page, Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { brand, line, s } from "./styles";
import { Footer, SectionTitle } from "./parts";

/** How and when to re-assess (once there are results); a short glossary. */
export function Closing({ view, x, reassess }: { view: PlanView; x: PlanText; reassess: boolean }) {
  const { t } = x;
  const steps = x.raw("plan.reassessSteps") as string[];
  const glossary = x.raw("plan.glossary") as { term: string; text: string }[];
  return (
    <Page size="A4" style={s.page}>
      {reassess && (
        <View style={{ marginBottom: 22 }}>
          <SectionTitle id="reassess" title={t("plan.section.reassess")} lead={t("plan.reassessIntro", { months: view.reassess.months, date: x.date(view.reassess.date) })} />
          {steps.map((st, i) => (
            <View key={i} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
              <Text style={{ width: 18, fontWeight: 700, color: brand }}>{`${i + 1}.`}</Text>
              <Text style={{ flex: 1 }}>{st}</Text>
            </View>
          ))}
        </View>
      )}
      <SectionTitle id="glossary" title={t("plan.section.glossary")} />
      {glossary.map((g) => (
        <View key={g.term} style={{ flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderColor: line }} wrap={false}>
          <Text style={{ width: 130, fontWeight: 700 }}>{g.term}</Text>
          <Text style={{ flex: 1 }}>{g.text}</Text>
        </View>
      ))}
      <Footer view={view} x={x} />
    </Page>
  );
}
