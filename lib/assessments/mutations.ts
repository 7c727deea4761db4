import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { actingUserId, type CompanyContext } from "../auth/access";
import { contentRegistry } from "../content";
import { scoreAnswers } from "../scoring/score";
import { editableDraft } from "./save";
import { concurrencyLimit } from "../process/limit";
import { createCompanySchema } from "../companies/schemas";
import { audit, auditActor, type Tx } from "../audit/write";

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
  const prefill = q.kind === "profile" ? await profilePrefill(ctx) : guestPrefill(ctx, q.key);
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

/**
 * What a guest need not type: a cooperation partner answers the trust check about the company that
 * invited it, whose name its link already tells (as our side's check starts with the partner's name).
 */
function guestPrefill(ctx: CompanyContext, questionnaireKey: string): Record<string, unknown> {
  return ctx.via.kind === "guest" && ctx.via.origin === "partner" && questionnaireKey === "trust" ? { partner_name: ctx.companyName } : {};
}

async function profilePrefill(ctx: CompanyContext): Promise<Record<string, unknown>> {
  const c = await db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { industry: true, sizeBand: true, region: true, profile: true } });
  const previous = c.profile && typeof c.profile === "object" ? (c.profile as Record<string, unknown>) : {};
  return { ...previous, industry: c.industry, sizeBand: c.sizeBand, region: c.region };
}

export { saveAnswers, type SaveResult } from "./save";

/**
 * Submits at once in this process. A submit is a transaction of several statements and holds a
 * connection for all of them; when a workshop's participants all submit in the same second, 100 of
 * them took every connection (PGlite has one) and the projector's poll, like every other request,
 * waited behind the whole burst (1.3 s in the workshop bench). Two at a time leave the rest of the
 * pool to everyone else; the burst itself takes as long (the database does the same work).
 */
export const SUBMITS_AT_ONCE = 2;
const submits = concurrencyLimit(SUBMITS_AT_ONCE);

/** Freezes the result: scores are computed with the assessment's own content version and stored. */
export function submitAssessment(ctx: CompanyContext, id: string, revision: number) {
  return submits(() => submitNow(ctx, id, revision));
}

async function submitNow(ctx: CompanyContext, id: string, revision: number) {
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
