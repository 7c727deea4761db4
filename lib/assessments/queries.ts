import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { isValidId, type CompanyContext } from "../auth/access";

const listSelect = {
  id: true,
  questionnaireKey: true,
  contentVersion: true,
  perspective: true,
  status: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  respondent: { select: { id: true, name: true, email: true } },
  snapshot: { select: { scores: true } },
} as const;

export function listAssessments(ctx: CompanyContext) {
  return db().assessment.findMany({
    where: { companyId: ctx.companyId },
    orderBy: { updatedAt: "desc" },
    select: listSelect,
  });
}

/** One assessment of the checked company; anything else is a 404. */
export async function getAssessment(ctx: CompanyContext, id: string) {
  if (!isValidId(id)) throw new AppError("not_found", "assessmentNotFound");
  const a = await db().assessment.findFirst({
    where: { id, companyId: ctx.companyId },
    select: { ...listSelect, answers: true, currentPage: true, companyId: true, respondentId: true, snapshot: true },
  });
  if (!a) throw new AppError("not_found", "assessmentNotFound");
  return a;
}
