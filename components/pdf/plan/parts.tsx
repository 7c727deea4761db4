import { Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { s } from "./styles";

/** PDF outline entry; react-pdf supports it on every node, its types only on Page. */
export const bookmark = (title: string) => ({ bookmark: { title, fit: true } }) as object;

/** Section id -> page number, filled while react-pdf paginates and read by the table of contents. */
export type PageIndex = Map<string, number>;

/** Records the page it lands on (first pagination pass); renders nothing visible. */
export function Mark({ id, index }: { id: string; index: PageIndex }) {
  return (
    <Text
      style={{ fontSize: 1, height: 0.1 }}
      render={({ pageNumber }) => {
        index.set(id, pageNumber);
        return "";
      }}
    />
  );
}

export function SectionTitle({ id, index, title, lead }: { id: string; index: PageIndex; title: string; lead?: string }) {
  return (
    <View minPresenceAhead={120} {...bookmark(title)}>
      <Mark id={id} index={index} />
      <Text style={s.h1}>{title}</Text>
      {lead && <Text style={s.lead}>{lead}</Text>}
    </View>
  );
}

export function Footer({ view, x }: { view: PlanView; x: PlanText }) {
  return (
    <View style={s.footer} fixed>
      <Text>{x.t("plan.footer", { company: view.company.name })}</Text>
      <Text render={({ pageNumber, totalPages }) => x.t("plan.page", { page: pageNumber, total: totalPages })} />
    </View>
  );
}
