import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { CompanyContext } from "../auth/access";
import { audit, auditActor } from "../audit/write";
import { contentRegistry } from "../content";
import { ensureRespondent } from "../assessments/mutations";
import { cleanChecklist, mayAdvance, nextStep, prefillNeeds, type StepId } from "./steps";
import { getCooperation } from "./queries";
import { openSectionCount } from "./outline";
import { profileComplete, type Agreement, type CreateCooperationInput, type EvaluationInput, type Profile, type StepPatch } from "./schemas";

const toDay = (d: string) => {
  const v = new Date(`${d}T00:00:00Z`);
  const y = v.getUTCFullYear();
  if (y < 2000 || y > 2100) throw new AppError("unprocessable", "dueDateOutOfRange");
  return v;
};

function cycleQuestionnaire() {
  const q = contentRegistry().latest("cooperation-cycle");
  if (!q) throw new AppError("unavailable", "contentMissing");
  return q;
}

/** Every change of a cooperation below goes through one transaction with its audit entry. */
export async function createCooperation(ctx: CompanyContext, input: CreateCooperationInput) {
  return db().$transaction(async (tx) => {
    const c = await tx.cooperation.create({
      data: { companyId: ctx.companyId, partnerName: input.partnerName, field: input.field, goal: input.goal, startDate: toDay(input.startDate), steps: { create: { cycle: 1, step: "needs" } } },
      select: { id: true },
    });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.create", target: c.id });
    return c;
  });
}

/** Notes, decisions, responsible person, date and checklist of the current cycle's step; earlier cycles are read-only. */
export async function updateStep(ctx: CompanyContext, id: string, step: StepId, patch: StepPatch) {
  const c = await getCooperation(ctx, id);
  if (c.status !== "active") throw new AppError("conflict", "cooperationEnded");
  const data = {
    ...(patch.notes !== undefined && { notes: patch.notes }),
    ...(patch.decisions !== undefined && { decisions: patch.decisions }),
    ...(patch.responsible !== undefined && { responsible: patch.responsible }),
    ...(patch.dueDate !== undefined && { dueDate: patch.dueDate ? toDay(patch.dueDate) : null }),
    ...(patch.checklist !== undefined && { checklist: cleanChecklist(cycleQuestionnaire(), step, patch.checklist) }),
  };
  return db().$transaction(async (tx) => {
    await tx.cooperationStep.upsert({
      where: { cooperationId_cycle_step: { cooperationId: c.id, cycle: c.cycle, step } },
      create: { cooperationId: c.id, cycle: c.cycle, step, ...data },
      update: data,
    });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.step.update", target: c.id, meta: { cycle: c.cycle, step, fields: Object.keys(data) } });
  });
}

export async function updateCooperation(ctx: CompanyContext, id: string, patch: { profile?: Profile; agreement?: Agreement; status?: "active" | "ended" }) {
  const c = await getCooperation(ctx, id);
  if (c.status !== "active" && patch.status !== "active") throw new AppError("conflict", "cooperationEnded");
  return db().$transaction(async (tx) => {
    await tx.cooperation.update({
      where: { id: c.id },
      data: { ...(patch.profile && { profile: patch.profile }), ...(patch.agreement && { agreement: patch.agreement }), ...(patch.status && { status: patch.status }) },
    });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.update", target: c.id, meta: { fields: Object.keys(patch) } });
  });
}

/** Closes the current step and opens the next one (not the evaluation: evaluating closes it and starts the next cycle). */
export async function advanceStep(ctx: CompanyContext, id: string, from: StepId) {
  const c = await getCooperation(ctx, id);
  if (c.status !== "active") throw new AppError("conflict", "cooperationEnded");
  if (c.currentStep !== from) throw new AppError("conflict", "stepAlreadyClosed");
  const extras = { profileComplete: profileComplete(c.profile), agreementOpenSections: openSectionCount(c.agreement), evaluated: c.evaluations.some((e) => e.cycle === c.cycle) };
  if (!mayAdvance(from, extras)) throw new AppError("conflict", "evaluateFirst");
  const next = nextStep(from);
  return db().$transaction(async (tx) => {
    const moved = await tx.cooperation.updateMany({ where: { id: c.id, currentStep: from, cycle: c.cycle }, data: { currentStep: next.step } });
    if (moved.count !== 1) throw new AppError("conflict", "stepAlreadyClosed");
    await tx.cooperationStep.upsert({
      where: { cooperationId_cycle_step: { cooperationId: c.id, cycle: c.cycle, step: from } },
      create: { cooperationId: c.id, cycle: c.cycle, step: from, completedAt: new Date() },
      update: { completedAt: new Date() },
    });
    await tx.cooperationStep.upsert({
      where: { cooperationId_cycle_step: { cooperationId: c.id, cycle: c.cycle, step: next.step } },
      create: { cooperationId: c.id, cycle: c.cycle, step: next.step },
      update: {},
    });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.step.complete", target: c.id, meta: { cycle: c.cycle, step: from, next: next.step } });
    return next;
  });
}

export type PrefillLabels = Parameters<typeof prefillNeeds>[2];

/**
 * Step 5: records the evaluation of the current cycle (with the next evaluation date), closes the
 * step and starts the next cycle at the needs step, whose notes and decisions start from what the
 * evaluation found.
 */
export async function recordEvaluation(ctx: CompanyContext, id: string, input: EvaluationInput, labels: PrefillLabels) {
  const c = await getCooperation(ctx, id);
  if (c.status !== "active") throw new AppError("conflict", "cooperationEnded");
  if (c.currentStep !== "evaluation") throw new AppError("conflict", "notAtEvaluation");
  const nextDate = input.nextDate ? toDay(input.nextDate) : null;
  const pre = prefillNeeds({ ...input, nextDate: input.nextDate || null }, c.cycle, labels);
  return db().$transaction(async (tx) => {
    const moved = await tx.cooperation.updateMany({ where: { id: c.id, currentStep: "evaluation", cycle: c.cycle }, data: { currentStep: "needs", cycle: c.cycle + 1 } });
    if (moved.count !== 1) throw new AppError("conflict", "stepAlreadyClosed");
    await tx.cooperationEvaluation.create({
      data: { cooperationId: c.id, cycle: c.cycle, goalsReached: input.goalsReached, profileFit: input.profileFit, costBenefit: input.costBenefit, consequences: input.consequences, nextDate },
    });
    await tx.cooperationStep.upsert({
      where: { cooperationId_cycle_step: { cooperationId: c.id, cycle: c.cycle, step: "evaluation" } },
      create: { cooperationId: c.id, cycle: c.cycle, step: "evaluation", completedAt: new Date() },
      update: { completedAt: new Date() },
    });
    // the next round's needs step has no due date of its own: the next evaluation date is the evaluation's
    // (`nextDate`, shown as the cooperation's next date), not a deadline for the needs
    await tx.cooperationStep.create({ data: { cooperationId: c.id, cycle: c.cycle + 1, step: "needs", notes: pre.notes, decisions: pre.decisions } });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.evaluate", target: c.id, meta: { cycle: c.cycle } });
    return { cycle: c.cycle + 1 };
  });
}

/**
 * Our side's trust check in this cooperation: a new trust assessment of the acting member (the
 * newest trust version, which both sides can answer), linked to the cooperation and pre-filled
 * with the partner's name. An open draft of the member is reused.
 */
export async function startOurTrustCheck(ctx: CompanyContext, id: string) {
  const c = await getCooperation(ctx, id);
  const q = contentRegistry().latest("trust");
  if (!q || !q.scoring?.dimensions.some((d) => d.id.endsWith("_other"))) throw new AppError("unavailable", "contentMissing");
  return db().$transaction(async (tx) => {
    const respondentId = await ensureRespondent(tx, ctx);
    const mine = c.trustChecks.find((t) => t.side === "us" && t.respondentId === respondentId && t.status === "draft");
    if (mine) return { id: mine.assessmentId };
    const a = await tx.assessment.create({
      data: { companyId: ctx.companyId, respondentId, questionnaireKey: q.key, contentVersion: q.version, perspective: "self", answers: { partner_name: c.partnerName } },
      select: { id: true },
    });
    await tx.cooperationTrustCheck.create({ data: { cooperationId: c.id, assessmentId: a.id, side: "us" } });
    await audit(tx, { ...auditActor(ctx), action: "cooperation.trust.start", target: c.id, meta: { assessmentId: a.id } });
    return a;
  });
}
