"use client";
import { useTranslations } from "use-intl";
import { JsonButton } from "@/components/ui/json-form";
import { useAccessMode } from "./access-mode";

/** Starts a questionnaire for the company and goes into it; hidden for viewers who do not answer (advisors). */
export function StartButton({ companyId, questionnaireKey, perspective = "self", label, variant = "primary" }: { companyId: string; questionnaireKey: string; perspective?: "self" | "partner"; label: string; variant?: "primary" | "secondary" }) {
  const mode = useAccessMode();
  useTranslations();
  if (!mode.canAnswer) return null;
  return <JsonButton action={`/api/companies/${companyId}/assessments`} body={{ questionnaireKey, perspective }} label={label} variant={variant} testId={`start-${perspective}`} />;
}
