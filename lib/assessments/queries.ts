import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { isOwnRespondent, isValidId, type CompanyContext } from "../auth/access";

/** Members (and advisors granted "answers") read each person's answers; a guest reads only its own. */
function readsOthers(ctx: CompanyContext): boolean {
  return ctx.respondentId === null && ctx.can("answers.read");
}

const baseSelect = {
  id: true,
  questionnaireKey: true,
  contentVersion: true,
  perspective: true,
  status: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  respondent: { select: { id: true, userId: true, displayName: true, kind: true } },
} as const;
const listSelect = { ...baseSelect, snapshot: { select: { scores: true } } } as const;

export function listAssessments(ctx: CompanyContext) {
  return db().assessment.findMany({
    // a cooperation partner's answers are seen only as the cooperation's comparison (lib/cooperations)
    where: { companyId: ctx.companyId, respondent: { kind: { not: "partner" } } },
    orderBy: { updatedAt: "desc" },
    select: listSelect,
  });
}

/** The actor's own assessments in the company: a guest's (its respondent), or a user's. */
export function listOwnAssessments(ctx: CompanyContext) {
  const respondent = ctx.respondentId !== null ? { id: ctx.respondentId } : { userId: ctx.userId ?? "-" };
  return db().assessment.findMany({ where: { companyId: ctx.companyId, respondent }, orderBy: { createdAt: "asc" }, select: listSelect });
}

/** One assessment of the checked company; anything else is a 404. */
export async function getAssessment(ctx: CompanyContext, id: string) {
  return found(await db().assessment.findFirst({ where: assessmentWhere(ctx, id), select: { ...draftSelect, snapshot: true } }));
}

/** An assessment's own fields and its respondent, without any result snapshot. */
const draftSelect = { ...baseSelect, answers: true, currentPage: true, companyId: true, respondentId: true } as const;

/** The same without the result snapshot (one statement less: Prisma reads each relation apart), for the answering page. */
export async function getDraftAssessment(ctx: CompanyContext, id: string) {
  return found(await db().assessment.findFirst({ where: assessmentWhere(ctx, id), select: draftSelect }));
}

function assessmentWhere(ctx: CompanyContext, id: string) {
  if (!isValidId(id)) throw new AppError("not_found", "assessmentNotFound");
  return { id, companyId: ctx.companyId };
}

function found<T>(a: T | null): T {
  if (!a) throw new AppError("not_found", "assessmentNotFound");
  return a;
}

/**
 * One assessment that the actor may read: their own, or anyone's with "answers.read" (members, and
 * advisors to whom the company granted each person's answers). Anything else is a 404.
 */
export async function getReadableAssessment(ctx: CompanyContext, id: string) {
  const a = await getAssessment(ctx, id);
  if (!isOwnRespondent(ctx, a.respondent) && !readsOthers(ctx)) throw new AppError("not_found", "assessmentNotFound");
  // nobody but the partner itself reads a cooperation partner's answers: the two sides see the comparison only
  if (a.respondent.kind === "partner" && !isOwnRespondent(ctx, a.respondent)) throw new AppError("not_found", "assessmentNotFound");
  return a;
}

/** The stored state of a draft, for the autosave client after a conflict or a reload. */
export async function getAssessmentState(ctx: CompanyContext, id: string) {
  const a = await getReadableAssessment(ctx, id);
  return { revision: a.revision, answers: a.answers, currentPage: a.currentPage, status: a.status };
}
