import { Page, Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { nextMeasures, type AnswerRef } from "@/lib/report/company-view";
import type { PlanText } from "./text";
import { Radar } from "./charts";
import { brand, brandDark, gapColor, line, muted, s } from "./styles";
import { Footer, SectionTitle } from "./parts";
import { stampProps } from "../render-document";
import type { SectionId } from "./sections";

export function Cover({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const meta: [string, string][] = [
    [t("plan.preparedFor"), `${view.company.name}\n${t(`nace.${view.master.industry}`)} · ${t(`sizeBands.${view.master.sizeBand}`)} · ${t(`regions.${view.master.region}`)}`],
    [t("plan.date"), x.date(view.generatedAt)],
    [t("plan.respondents"), [...new Set(view.respondents.map((r) => r.name))].join(", ") || t("plan.nobodyYet")],
    [t("plan.basis"), view.sources.map((v) => t("plan.basisLine", { title: v.title, version: v.versions.join(", "), count: v.respondents })).join("\n") || t("plan.noBasisYet")],
    [t("plan.scoringVersion"), view.scoringVersion],
    [t("plan.planningVersion"), view.planningVersion],
    [t("plan.catalogVersion"), view.catalogueVersion ?? "–"],
    [t("plan.toolVersion"), view.hostName ? `${view.toolVersion} · ${t("legal.operatedBy", { host: view.hostName })}` : view.toolVersion],
    ...(view.context.facts.length ? ([[t("plan.profileFacts"), view.context.facts.map((f) => `${f.label}: ${f.value}`).join("\n")]] as [string, string][]) : []),
  ];
  return (
    <Page size="A4" style={s.cover}>
      <View style={{ backgroundColor: brand, height: 250, paddingHorizontal: 56, paddingTop: 70 }}>
        <Text style={{ fontSize: 9, color: "#cfe7e1", fontWeight: 700, letterSpacing: 1.2, textTransform: "uppercase" }}>{t("plan.coverKicker")}</Text>
        <Text style={{ fontSize: 34, fontWeight: 700, color: "#ffffff", marginTop: 10 }}>{t("plan.docTitle")}</Text>
        <Text style={{ fontSize: 16, color: "#ffffff", marginTop: 6 }}>{view.company.name}</Text>
        <Text style={{ fontSize: 10.5, color: "#dceee9", marginTop: 14, maxWidth: 380, lineHeight: 1.4 }}>{t("plan.coverLead")}</Text>
      </View>
      <View style={{ paddingHorizontal: 56, paddingTop: 36 }}>
        {meta.map(([k, v]) => (
          <View key={k} style={{ flexDirection: "row", borderBottomWidth: 0.5, borderColor: line, paddingVertical: 7 }}>
            <Text style={{ width: 150, color: muted, fontSize: 9 }}>{k}</Text>
            <View style={{ flex: 1 }}>
              {v.split("\n").map((line, i) => (
                <Text key={i} style={{ fontSize: 10, lineHeight: 1.4 }}>{line}</Text>
              ))}
            </View>
          </View>
        ))}
      </View>
      <Text style={{ position: "absolute", bottom: 40, left: 56, right: 56, fontSize: 8, color: muted }}>{t("plan.confidential")}</Text>
    </Page>
  );
}


export function Contents({ view, x, sections }: { view: PlanView; x: PlanText; sections: SectionId[] }) {
  return (
    <Page size="A4" style={s.page}>
      <Text style={s.h1}>{x.t("plan.toc")}</Text>
      <View style={{ marginTop: 12 }}>
        {sections.map((id, i) => (
          <View key={id}>
            <View style={{ flexDirection: "row", paddingVertical: 7, borderBottomWidth: 0.5, borderColor: line }}>
              <Text style={{ width: 24, color: brand, fontWeight: 700 }}>{String(i + 1)}</Text>
              <Text style={{ flex: 1, fontSize: 11 }}>{x.t(`plan.section.${id}`)}</Text>
              <Text style={{ width: 40, textAlign: "right", fontSize: 11 }} {...stampProps(`ref:${id}`)} />
            </View>
            {id === "dimensions" &&
              view.readiness?.dimensions.map((d) => (
                <View key={d.id} style={{ flexDirection: "row", paddingVertical: 3, paddingLeft: 24 }}>
                  <Text style={{ flex: 1, color: muted }}>{d.title}</Text>
                  <Text style={{ width: 40, textAlign: "right", color: muted }} {...stampProps(`ref:dim:${d.id}`)} />
                </View>
              ))}
          </View>
        ))}
      </View>
      {/* how the scores came about: only once there are any */}
      {sections.includes("reassess") && (
        <View style={[s.box, { marginTop: 28 }]}>
          <Text style={[s.h3, { marginTop: 0 }]}>{x.t("plan.aboutTitle")}</Text>
          <Text>{x.t("plan.about")}</Text>
        </View>
      )}
      <Footer view={view} x={x} />
    </Page>
  );
}

export function Summary({ view, x }: { view: PlanView; x: PlanText }) {
  const { t } = x;
  const r = view.readiness;
  const nextSteps = nextMeasures(view);
  // the answer behind a strength or gap; where the team differs, the field's page shows who said what
  const example = (a: AnswerRef | undefined) => (a ? `${a.question} – ${a.agreed ? a.answer : t("plan.answersDiffer")}` : null);
  return (
    <Page size="A4" style={s.page}>
      <SectionTitle id="summary" title={t("plan.section.summary")} />
      {view.standing && <Text style={[s.p, { fontWeight: 700, color: brandDark }]}>{view.standing}</Text>}
      {view.missingAreas.length > 0 && (
        <View style={[s.box, { borderLeftWidth: 3, borderColor: gapColor }]} wrap={false}>
          <Text style={{ fontWeight: 700 }}>{view.planStatus === "insufficient" ? t("plan.insufficient") : t("plan.missingTitle")}</Text>
          {view.missingAreas.map((m) => (
            <Text key={`${m.questionnaire}:${m.dimension}`} style={s.small}>{t("plan.missingLine", { questionnaire: m.questionnaireTitle, title: m.title, answered: m.answered, total: m.total })}</Text>
          ))}
        </View>
      )}
      {nextSteps.length > 0 && (
        <View wrap={false} style={{ marginTop: 4, marginBottom: 6, borderWidth: 1, borderColor: brand, borderRadius: 4, padding: 10 }}>
          <Text style={[s.h3, { marginTop: 0, color: brandDark }]}>{t("plan.nextSteps")}</Text>
          {nextSteps.map((n, i) => (
            <View key={n.measureId} style={{ flexDirection: "row", marginBottom: 5 }}>
              <Text style={{ width: 16, fontWeight: 700, color: brand }}>{`${i + 1}.`}</Text>
              <View style={{ flex: 1 }}>
                <Text style={{ fontWeight: 700 }}>{n.title}</Text>
                <Text>{n.firstSteps[0]}</Text>
                <Text style={s.small}>{`${t("plan.nextStepOwner", { role: n.ownerRole })} · ${t("plan.col.review")} ${x.shortDate(n.reviewDate)}`}</Text>
              </View>
            </View>
          ))}
          <Text style={[s.small, { marginTop: 2 }]}>{t("plan.capacityLine", { count: view.capacity.concurrent })}</Text>
        </View>
      )}
      {!r || r.overall === null ? (
        view.planStatus !== "insufficient" && <Text style={s.box}>{t("plan.noReadiness")}</Text>
      ) : (
        <>
          <View style={[s.box, { flexDirection: "row", alignItems: "center" }]}>
            <View style={{ width: 150 }}>
              <Text style={s.small}>{t("plan.overall")}</Text>
              <Text style={{ fontSize: 24, fontWeight: 700, color: brandDark }}>{x.num(r.overall)}</Text>
              <Text style={s.small}>{t("plan.outOf")}</Text>
            </View>
            <View style={{ flex: 1 }}>
              <Text style={{ fontSize: 12, fontWeight: 700, color: brandDark }}>{r.band?.name ?? ""}</Text>
              <Text>{r.band?.meaning ?? ""}</Text>
            </View>
          </View>
          <Text style={s.h3}>{t("plan.radar")}</Text>
          <View style={{ flexDirection: "row", alignItems: "center" }}>
            <Radar values={r.dimensions.map((d) => d.score)} size={140} />
            <View style={{ flex: 1, marginLeft: 14 }}>
              {r.dimensions.map((d, i) => (
                <View key={d.id} style={{ flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderColor: line }}>
                  <Text style={{ width: 14, fontWeight: 700, color: muted }}>{String(i + 1)}</Text>
                  <Text style={{ flex: 1 }}>{d.title}</Text>
                  <Text style={{ width: 26, textAlign: "right", fontWeight: 700 }}>{x.num(d.score)}</Text>
                </View>
              ))}
            </View>
          </View>
          <View style={{ flexDirection: "row", marginTop: 8 }}>
            <List title={t("plan.strengths")} color={brand} items={r.strengths.length ? r.strengths.map((v) => ({ head: `${v.title} (${x.num(v.score)})`, body: example(v.answers[0]) })) : [{ head: t("plan.noStrengths"), body: null }]} />
            <View style={{ width: 16 }} />
            <List title={t("plan.gaps")} color={gapColor} items={r.gaps.map((v) => ({ head: `${v.title} (${x.num(v.score)})`, body: example(v.answers[0]) }))} />
          </View>
        </>
      )}
      {view.planStatus === "ok" && nextSteps.length === 0 && <Text style={s.box}>{t("plan.nothingNeeded")}</Text>}
      <Footer view={view} x={x} />
    </Page>
  );
}

function List({ title, color, items }: { title: string; color: string; items: { head: string; body: string | null }[] }) {
  return (
    <View style={{ flex: 1, borderTopWidth: 2, borderColor: color, paddingTop: 6 }}>
      <Text style={{ fontWeight: 700, color, marginBottom: 4 }}>{title}</Text>
      {items.map((it) => (
        <View key={it.head} style={{ marginBottom: 5 }}>
          <Text style={{ fontWeight: 700 }}>{it.head}</Text>
          {it.body && <Text style={{ fontSize: 8.5, color: muted }}>{it.body}</Text>}
        </View>
      ))}
    </View>
  );
}
