import { Document } from "@react-pdf/renderer";
import type { PlanView } from "@/lib/report/plan-view";
import { intlLocale } from "@/lib/i18n/config";
import { planTranslator } from "./plan/text";
import { Contents, Cover, Summary } from "./plan/front";
import { Dimensions } from "./plan/dimensions";
import { TrustAndCycle } from "./plan/trust-cycle";
import { Matrix, Roadmap, Timeline } from "./plan/roadmap";
import { Closing } from "./plan/closing";
import type { PageIndex } from "./plan/parts";

/**
 * The PDF action plan (Maßnahmenplan) of one company: cover, contents with page numbers, summary,
 * a page per field of action, trust and cycle, priority matrix, roadmap as table and timeline,
 * re-assessment and glossary. Renders the PlanView only; all texts come from the message files.
 */
export function PlanDocument({ view }: { view: PlanView }) {
  const x = planTranslator(view.locale);
  const index: PageIndex = new Map();
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
      <Contents view={view} x={x} index={index} />
      <Summary view={view} x={x} index={index} />
      <Dimensions view={view} x={x} index={index} />
      <TrustAndCycle view={view} x={x} index={index} />
      <Matrix view={view} x={x} index={index} />
      <Roadmap view={view} x={x} index={index} />
      <Timeline view={view} x={x} index={index} />
      <Closing view={view} x={x} index={index} />
    </Document>
  );
}
