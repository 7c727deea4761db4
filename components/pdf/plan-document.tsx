import { Document } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { intlLocale } from "@/lib/i18n/config";
import { planTranslator } from "./plan/text";
import { Contents, Cover, Summary } from "./plan/front";
import { Dimensions } from "./plan/dimensions";
import { TrustAndCycle } from "./plan/trust-cycle";
import { Cooperations } from "./plan/cooperations";
import { Matrix, Roadmap, Timeline } from "./plan/roadmap";
import { Closing } from "./plan/closing";
import { planSections } from "./plan/sections";

/**
 * The PDF action plan (Maßnahmenplan) of one company: cover, contents with page numbers, summary,
 * a page per field of action, trust and cycle, the cooperations, priority matrix, roadmap as table and timeline,
 * re-assessment and glossary (`planSections`: without results, only what applies). Renders the
 * PlanView only; all texts come from the message files.
 */
export function PlanDocument({ view }: { view: PlanView }) {
  const x = planTranslator(view.locale);
  const sections = planSections(view);
  return (
    <Document
      title={`${x.t("plan.docTitle")} – ${view.company.name}`}
      author={`KMU-Kompass ${view.toolVersion}`}
      subject={x.t("plan.docSubject")}
      keywords="KMU-Kompass"
      language={intlLocale(view.locale)}
      creator="KMU-Kompass"
      producer="KMU-Kompass"
      pageMode="useOutlines"
    >
      <Cover view={view} x={x} />
      <Contents view={view} x={x} sections={sections} />
      <Summary view={view} x={x} />
      {sections.includes("dimensions") && <Dimensions view={view} x={x} />}
      <TrustAndCycle view={view} x={x} />
      {sections.includes("cooperations") && <Cooperations view={view} x={x} />}
      {sections.includes("matrix") && <Matrix view={view} x={x} />}
      {sections.includes("roadmap") && <Roadmap view={view} x={x} />}
      {sections.includes("timeline") && <Timeline view={view} x={x} />}
      <Closing view={view} x={x} reassess={sections.includes("reassess")} />
    </Document>
  );
}
