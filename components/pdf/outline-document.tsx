import { Document, Page, Text, View, StyleSheet } from "@react-pdf/renderer";
import type { AgreementOutline } from "@/lib/cooperations/outline";
import { PageFooter, renderShortDocument } from "./short-document";
import { fontFamilies } from "./fonts";
import { brandDark, brandLight, gapColor, ink, line, muted } from "./plan/styles";

export type OutlinePdfLabels = {
  /** "Entwurf einer Gliederung – keine Rechtsberatung" */
  title: string;
  subtitle: string;
  disclaimer: string;
  open: string;
  openBadge: string;
  openCount: string;
  date: string;
  footer: string;
  page: string;
};
export type OutlinePdfInput = { outline: AgreementOutline; labels: OutlinePdfLabels; dateText: string; locale: "de" | "en" };

const s = StyleSheet.create({
  page: { fontFamily: fontFamilies, fontSize: 10, paddingTop: 44, paddingBottom: 60, paddingHorizontal: 48, color: ink },
  kicker: { fontSize: 8, color: gapColor, fontWeight: 700, letterSpacing: 1, textTransform: "uppercase", marginBottom: 4 },
  h1: { fontSize: 18, fontWeight: 700, color: brandDark, marginBottom: 4 },
  sub: { fontSize: 11, color: muted, marginBottom: 10 },
  disclaimer: { borderWidth: 1, borderColor: gapColor, borderRadius: 4, padding: 10, marginBottom: 14, color: ink },
  h2: { fontSize: 12, fontWeight: 700, color: brandDark, marginTop: 12, marginBottom: 4, flexDirection: "row" },
  badge: { fontSize: 7.5, fontWeight: 700, color: "#ffffff", backgroundColor: gapColor, paddingHorizontal: 4, paddingVertical: 1, borderRadius: 2, marginLeft: 8 },
  line: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderColor: line },
  label: { width: 170, color: muted, paddingRight: 8 },
  text: { flex: 1 },
  open: { flex: 1, color: gapColor, fontWeight: 700 },
  summary: { backgroundColor: brandLight, borderRadius: 4, padding: 10, marginTop: 4 },
});

/** The outline of a cooperation agreement (step 3): every page says it is a draft outline, not legal advice. */
export function OutlineDocument({ outline, labels, dateText, locale }: OutlinePdfInput) {
  return (
    <Document title={`${labels.title} – ${outline.companyName} / ${outline.partnerName}`} author="KMU-Kompass" subject={labels.title} language={locale} creator="KMU-Kompass" producer="KMU-Kompass">
      <Page size="A4" style={s.page}>
        <Text style={s.kicker} fixed>{labels.title}</Text>
        <Text style={s.h1}>{labels.subtitle}</Text>
        <Text style={s.sub}>{`${outline.companyName} · ${outline.partnerName} · ${labels.date} ${dateText}`}</Text>
        <Text style={s.disclaimer}>{labels.disclaimer}</Text>
        <Text style={s.summary}>{labels.openCount}</Text>
        {outline.sections.map((sec) => (
          // a section may run over a page (an answer can be 4000 characters): its heading stays with
          // its first line, each line breaks where it must (wrap={false} on the section overlapped
          // the next sections and cut the text off at the page's end)
          <View key={sec.id}>
            <View style={s.h2} minPresenceAhead={48}>
              <Text>{`${sec.number}. ${sec.title}`}</Text>
              {sec.open ? <Text style={s.badge}>{labels.openBadge}</Text> : null}
            </View>
            {sec.lines.map((l, i) => (
              <View key={i} style={s.line}>
                <Text style={s.label}>{l.label}</Text>
                {l.text ? <Text style={s.text}>{l.text}</Text> : <Text style={s.open}>{labels.open}</Text>}
              </View>
            ))}
          </View>
        ))}
        <PageFooter text={labels.footer} />
      </Page>
    </Document>
  );
}

/** Renders the document in the calling thread. The server calls it only inside the worker pool. */
export function renderOutlinePdf(input: OutlinePdfInput, root?: string): Promise<Buffer> {
  return renderShortDocument(OutlineDocument, input, root);
}
