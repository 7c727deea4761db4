import { Text, View } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import type { PlanText } from "./text";
import { s } from "./styles";
import { markProps, stampProps } from "../render-document";

/** PDF outline entry; react-pdf supports it on every node, its types only on Page. */
export const bookmark = (title: string) => ({ bookmark: { title, fit: true } }) as object;

/** A section's heading; `markProps(id)` lets the contents print the page it starts on. */
export function SectionTitle({ id, title, lead }: { id: string; title: string; lead?: string }) {
  return (
    <View minPresenceAhead={120} {...bookmark(title)} {...markProps(id)}>
      <Text style={s.h1}>{title}</Text>
      {lead && <Text style={s.lead}>{lead}</Text>}
    </View>
  );
}

export function Footer({ view, x }: { view: PlanView; x: PlanText }) {
  return (
    <View style={s.footer} fixed>
      <Text>
        {x.t("plan.footer", { company: view.company.name })}
        {view.hostName ? ` · ${x.t("legal.operatedBy", { host: view.hostName })}` : ""}
      </Text>
      {/* "Seite 3 von 19": drawn after layout (renderDocument's pageLabel), no relayout of every page */}
      <Text style={{ width: 120, textAlign: "right" }} {...stampProps("page")} />
    </View>
  );
}
