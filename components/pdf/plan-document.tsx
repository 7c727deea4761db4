import { Document } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { intlLocale } from "@/lib/i18n/config";
import { planTranslator } from "./plan/text";
import { Contents, Cover, Summary } from "./plan/front";
import { Dimensions } from "./plan/dimensions";
import { TrustAndCycle } from "./plan/trust-cycle";
import { Matrix, Roadmap, Timeline } from "./plan/roadmap";
import { Closing } from "./plan/closing";

/**
 * The PDF action plan (Maßnahmenplan) of one company: cover, contents with page numbers, summary,
 * a page per field of action, trust and cycle, priority matrix, roadmap as table and timeline,
 * re-assessment and glossary. Renders the PlanView only; all texts come from the message files.
 */
export function PlanDocument({ view }: { view: PlanView }) {
  const x = planTranslator(view.locale);
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
      <Contents view={view} x={x} />
      <Summary view={view} x={x} />
      <Dimensions view={view} x={x} />
      <TrustAndCycle view={view} x={x} />
      <Matrix view={view} x={x} />
      <Roadmap view={view} x={x} />
      <Timeline view={view} x={x} />
      <Closing view={view} x={x} />
    </Document>
  );
}
