"use server";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { startAssessmentSchema } from "@/lib/assessments/schemas";
import { startAssessment } from "@/lib/assessments/mutations";

export async function startAssessmentAction(companyId: string, formData: FormData) {
  const user = await requirePageUser();
  const ctx = await requireCompany(user, companyId);
  const input = startAssessmentSchema.parse({
    questionnaireKey: String(formData.get("questionnaireKey") ?? ""),
    perspective: String(formData.get("perspective") ?? "self"),
  });
  const a = await startAssessment(ctx, input.questionnaireKey, input.perspective);
  redirect(`/companies/${companyId}/assessments/${a.id}`);
}
