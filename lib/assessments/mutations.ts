import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { actingUserId, isOwnRespondent, type CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import { checkAnswers } from "../content/answers";
import { scoreAnswers } from "../scoring/score";
import { getAssessment } from "./queries";
import type { SaveAnswersInput } from "./schemas";
import { createCompanySchema } from "../companies/schemas";
import { audit, auditActor, type Tx } from "../audit/write";
import { isOutsider } from "../auth/policy";

/**
 * The respondent who answers for the actor: a guest answers as its own respondent; a user's
 * respondent row in the company is created on their first answer.
 */
export async function ensureRespondent(tx: Tx, ctx: CompanyContext): Promise<string> {
  if (ctx.respondentId !== null) return ctx.respondentId;
  const userId = actingUserId(ctx);
  const existing = await tx.respondent.findUnique({ where: { companyId_userId: { companyId: ctx.companyId, userId } }, select: { id: true } });
  if (existing) return existing.id;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  const r = await tx.respondent.create({ data: { companyId: ctx.companyId, userId, kind: "user", displayName: user.name || user.email }, select: { id: true } });
  return r.id;
}

export async function startAssessment(ctx: CompanyContext, questionnaireKey: string, perspective: "self" | "partner") {
  const q = contentRegistry().latest(questionnaireKey);
  if (!q) throw new AppError("not_found", "questionnaireNotFound");
  if (!q.perspectives.includes(perspective)) throw new AppError("unprocessable", "perspectiveNotOffered");
  // the company profile starts with what the company already told us (name form: industry, size, region)
  const prefill = q.kind === "profile" ? await profilePrefill(ctx) : {};
  return db().$transaction(async (tx) => {
    const respondentId = await ensureRespondent(tx, ctx);
    const a = await tx.assessment.create({
      data: { companyId: ctx.companyId, respondentId, questionnaireKey: q.key, contentVersion: q.version, perspective, answers: prefill as object },
      select: { id: true },
    });
    await audit(tx, { ...auditActor(ctx), action: "assessment.start", target: a.id });
    return a;
  });
}

async function profilePrefill(ctx: CompanyContext): Promise<Record<string, unknown>> {
  const c = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { industry: true, sizeBand: true, region: true, profile: true } });
  const previous = c.profile && typeof c.profile === "object" ? (c.profile as Record<string, unknown>) : {};
  return { ...previous, industry: c.industry, sizeBand: c.sizeBand, region: c.region };
}

async function editableDraft(ctx: CompanyContext, id: string) {
  const a = await getAssessment(ctx, id);
  if (!isOwnRespondent(ctx, a.respondent)) throw new AppError("forbidden", "notYourAssessment");
  if (a.status !== "draft") {
    throw new AppError("conflict", "alreadySubmitted", { revision: a.revision, answers: a.answers, currentPage: a.currentPage, status: a.status });
  }
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) throw new AppError("unavailable", "contentMissing");
  return { a, q };
}

export type SaveResult = { revision: number; savedAt: string };

/**
 * Autosave with optimistic concurrency: the write only succeeds when the stored revision is the
 * one the client started from; otherwise 409 with the newer state, which the client loads.
 */
export async function saveAnswers(ctx: CompanyContext, id: string, input: SaveAnswersInput): Promise<SaveResult> {
  const { a, q } = await editableDraft(ctx, id);
  const problems = checkAnswers(q, input.answers);
  if (problems.length) throw new AppError("unprocessable", "invalidAnswers", { problems });
  const write = (tx: Tx) =>
    tx.assessment.updateMany({
      where: { id: a.id, companyId: ctx.companyId, status: "draft", revision: input.revision },
      data: { answers: input.answers as object, currentPage: input.currentPage, revision: { increment: 1 } },
    });
  // an outsider's writes (a cooperation partner) are on the company's access log, each save too
  const res = isOutsider(ctx.via)
    ? await db().$transaction(async (tx) => {
        const r = await write(tx);
        if (r.count === 1) await audit(tx, { ...auditActor(ctx), action: "assessment.save", target: a.id, meta: { revision: input.revision + 1 } });
        return r;
      })
    : await write(db());
  if (res.count !== 1) {
    const current = await getAssessment(ctx, id);
    throw new AppError("conflict", "staleRevision", {
      revision: current.revision,
      answers: current.answers,
      currentPage: current.currentPage,
      status: current.status,
    });
  }
  return { revision: input.revision + 1, savedAt: new Date().toISOString() };
}

/** Freezes the result: scores are computed with the assessment's own content version and stored. */
export async function submitAssessment(ctx: CompanyContext, id: string, revision: number) {
  const { a, q } = await editableDraft(ctx, id);
  if (a.revision !== revision) throw new AppError("conflict", "staleRevision", { revision: a.revision });
  const answers = (a.answers ?? {}) as Record<string, unknown>;
  const scores = q.scoring ? scoreAnswers(q, answers) : null;
  return db().$transaction(async (tx) => {
    const upd = await tx.assessment.updateMany({
      where: { id: a.id, companyId: ctx.companyId, status: "draft", revision },
      data: { status: "submitted", submittedAt: new Date(), revision: { increment: 1 } },
    });
    if (upd.count !== 1) throw new AppError("conflict", "staleRevision");
    if (scores) {
      await tx.resultSnapshot.create({
        data: {
          assessmentId: a.id,
          companyId: ctx.companyId,
          contentKey: q.key,
          contentVersion: q.version,
          scoringVersion: scores.scoringVersion,
          scores: scores as object,
        },
      });
    }
    if (q.kind === "profile") {
      // the company profile feeds the planning (size, IT capacity, systems, network)
      // the base data shown everywhere follows the profile, so the two never disagree
      const base = createCompanySchema.pick({ industry: true, sizeBand: true, region: true }).partial().safeParse({
        industry: answers.industry ?? undefined,
        sizeBand: answers.sizeBand ?? undefined,
        region: answers.region ?? undefined,
      });
      await tx.company.update({ where: { id: ctx.companyId }, data: { profile: answers as object, ...(base.success ? base.data : {}) } });
    }
    await audit(tx, { ...auditActor(ctx), action: "assessment.submit", target: a.id });
    return { id: a.id };
  });
}
