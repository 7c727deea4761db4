import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { isValidId, type CompanyContext } from "../auth/access";
import { isStep, type StepId, type StepRecord } from "./steps";
import { readAgreement, readProfile } from "./schemas";

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** The company's cooperations with their current step and the next date (the step's due date or the next evaluation). */
export async function listCooperations(ctx: CompanyContext) {
  const rows = await db().cooperation.findMany({
    where: { companyId: ctx.companyId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    select: {
      id: true, partnerName: true, field: true, goal: true, status: true, currentStep: true, cycle: true, startDate: true,
      steps: { select: { cycle: true, step: true, dueDate: true } },
      evaluations: { select: { cycle: true, nextDate: true }, orderBy: { cycle: "desc" }, take: 1 },
      partners: { select: { submittedAt: true, withdrawnAt: true } },
    },
  });
  return rows.map((c) => {
    const stepDue = c.steps.find((s) => s.cycle === c.cycle && s.step === c.currentStep)?.dueDate ?? null;
    const evalDate = c.evaluations[0]?.nextDate ?? null;
    const next = [stepDue, evalDate].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    return { id: c.id, partnerName: c.partnerName, field: c.field, goal: c.goal, status: c.status, currentStep: (isStep(c.currentStep) ? c.currentStep : "needs") as StepId, cycle: c.cycle, startDate: day(c.startDate)!, nextDate: day(next) };
  });
}
export type CooperationListItem = Awaited<ReturnType<typeof listCooperations>>[number];

/** One cooperation of the checked company with every cycle's steps and evaluations; anything else is a 404. */
export async function getCooperation(ctx: CompanyContext, id: string) {
  if (!isValidId(id)) throw new AppError("not_found", "cooperationNotFound");
  const c = await db().cooperation.findFirst({
    where: { id, companyId: ctx.companyId },
    include: {
      steps: true,
      evaluations: { orderBy: { cycle: "asc" } },
      partners: { orderBy: { invitedAt: "desc" }, include: { respondent: { select: { id: true, displayName: true } } } },
      trustChecks: { include: { assessment: { select: { id: true, status: true, submittedAt: true, respondentId: true, respondent: { select: { userId: true, displayName: true, kind: true } } } } } },
    },
  });
  if (!c) throw new AppError("not_found", "cooperationNotFound");
  const step = (cycle: number, s: StepId): StepRecord & { completedAt: string | null } => {
    const r = c.steps.find((x) => x.cycle === cycle && x.step === s);
    return {
      notes: r?.notes ?? "",
      decisions: r?.decisions ?? "",
      responsible: r?.responsible ?? "",
      dueDate: day(r?.dueDate),
      checklist: r?.checklist && typeof r.checklist === "object" && !Array.isArray(r.checklist) ? (r.checklist as Record<string, boolean>) : {},
      completedAt: r?.completedAt?.toISOString() ?? null,
    };
  };
  return {
    id: c.id,
    partnerName: c.partnerName,
    field: c.field,
    goal: c.goal,
    startDate: day(c.startDate)!,
    status: c.status,
    currentStep: (isStep(c.currentStep) ? c.currentStep : "needs") as StepId,
    cycle: c.cycle,
    profile: readProfile(c.profile),
    agreement: readAgreement(c.agreement),
    step,
    evaluations: c.evaluations.map((e) => ({ cycle: e.cycle, goalsReached: e.goalsReached, profileFit: e.profileFit, costBenefit: e.costBenefit, consequences: e.consequences, nextDate: day(e.nextDate), createdAt: e.createdAt.toISOString() })),
    partners: c.partners.map((p) => ({ id: p.id, respondentId: p.respondentId, name: p.respondent.displayName, invitedAt: p.invitedAt.toISOString(), submittedAt: p.submittedAt?.toISOString() ?? null, withdrawnAt: p.withdrawnAt?.toISOString() ?? null })),
    trustChecks: c.trustChecks.map((t) => ({ side: t.side as "us" | "partner", assessmentId: t.assessment.id, status: t.assessment.status, submittedAt: t.assessment.submittedAt?.toISOString() ?? null, respondentId: t.assessment.respondentId, userId: t.assessment.respondent.userId, name: t.assessment.respondent.displayName })),
  };
}
export type CooperationDetail = Awaited<ReturnType<typeof getCooperation>>;
