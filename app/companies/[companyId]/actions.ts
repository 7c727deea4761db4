"use server";
import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { requireCompany } from "@/lib/auth/access";
import { orNotFound } from "@/lib/http/page-errors";
import { startAssessmentSchema } from "@/lib/assessments/schemas";
import { startAssessment } from "@/lib/assessments/mutations";

export async function startAssessmentAction(companyId: unknown, formData: unknown) {
  // a server action is a public endpoint: its arguments are whatever the client sends
  if (typeof companyId !== "string" || !(formData instanceof FormData)) notFound();
  const user = await requirePageUser();
  const ctx = await orNotFound(requireCompany(user, companyId));
  const input = startAssessmentSchema.safeParse({
    questionnaireKey: String(formData.get("questionnaireKey") ?? ""),
    perspective: String(formData.get("perspective") ?? "self"),
  });
  if (!input.success) notFound();
  const a = await orNotFound(startAssessment(ctx, input.data.questionnaireKey, input.data.perspective));
  redirect(`/companies/${companyId}/assessments/${a.id}`);
}
