import "server-only";
import { db } from "../db/client";
import type { CompanyContext } from "../auth/access";
import { companyExportSchema, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type CompanyExport } from "./schema";

/** The export of the checked company (docs/export-format.md); validated against its own schema. */
export async function buildCompanyExport(ctx: CompanyContext, toolVersion: string, now = new Date()): Promise<CompanyExport> {
  const [company, assessments, plan] = await Promise.all([
    db().company.findUniqueOrThrow({ where: { id: ctx.companyId }, select: { name: true, industry: true, sizeBand: true, region: true, profile: true } }),
    db().assessment.findMany({
      // a cooperation partner's answers belong to the cooperation, not to the company's own data (lib/cooperations)
      where: { companyId: ctx.companyId, respondent: { kind: { not: "partner" } } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, questionnaireKey: true, contentVersion: true, perspective: true, status: true, answers: true, revision: true, respondentId: true,
        createdAt: true, updatedAt: true, submittedAt: true,
        respondent: { select: { displayName: true } },
        snapshot: { select: { contentVersion: true, scoringVersion: true, scores: true, createdAt: true } },
      },
    }),
    db().planItem.findMany({ where: { companyId: ctx.companyId }, orderBy: { createdAt: "asc" } }),
  ]);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  // without the consent to see each person's answers (an advisor's grant), people are "Person 1, 2 …"
  // here too, so that the plan PDF and CSV never name them
  const alias = new Map<string, string>();
  const respondent = (id: string, name: string) => {
    if (ctx.can("answers.read")) return name;
    if (!alias.has(id)) alias.set(id, `Person ${alias.size + 1}`);
    return alias.get(id)!;
  };
  return companyExportSchema.parse({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    tool: { name: "KMU-Kompass", version: toolVersion },
    company: { ...company, profile: (company.profile as Record<string, unknown> | null) ?? null },
    assessments: assessments.map((a) => ({
      id: a.id,
      questionnaireKey: a.questionnaireKey,
      contentVersion: a.contentVersion,
      perspective: a.perspective === "partner" ? "partner" : "self",
      status: a.status === "submitted" ? "submitted" : "draft",
      respondent: respondent(a.respondentId, a.respondent.displayName),
      answers: (a.answers as Record<string, unknown>) ?? {},
      revision: a.revision,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      submittedAt: iso(a.submittedAt),
      snapshot: a.snapshot && { ...a.snapshot, scores: a.snapshot.scores as Record<string, unknown>, createdAt: a.snapshot.createdAt.toISOString() },
    })),
    plan: plan.map((p) => ({ measureId: p.measureId, catalogVersion: p.catalogVersion, effort: p.effort, benefit: p.benefit, phase: p.phase, ownerRole: p.ownerRole, dueDate: iso(p.dueDate), status: p.status, chosen: p.chosen })),
  });
}
