import { buttonClass } from "@/components/ui/button";
import { startAssessmentAction } from "../actions";

/** Starts a questionnaire for the company (the server action redirects into it). */
export function StartButton({ companyId, questionnaireKey, perspective = "self", label, variant = "primary" }: { companyId: string; questionnaireKey: string; perspective?: "self" | "partner"; label: string; variant?: "primary" | "secondary" }) {
  return (
    <form action={startAssessmentAction.bind(null, companyId)} className="inline">
      <input type="hidden" name="questionnaireKey" value={questionnaireKey} />
      <button type="submit" name="perspective" value={perspective} className={buttonClass(variant)}>
        {label}
      </button>
    </form>
  );
}
