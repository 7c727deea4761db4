import { z } from "zod";

/**
 * The documented JSON export of one company (docs/export-format.md): profile, assessments with
 * their answers, versions and frozen result snapshots, and the plan with the user's overrides.
 * The app offers it as a download; `npm run report` turns it into the PDF action plan. Pure.
 */
export const EXPORT_FORMAT = "kmu-kompass-export";
export const EXPORT_FORMAT_VERSION = 1;

const isoDate = z.string().datetime({ offset: true });

export const exportSnapshotSchema = z.object({
  contentVersion: z.string(),
  scoringVersion: z.string(),
  /** the frozen AssessmentScore written at submit (lib/scoring/score.ts) */
  scores: z.record(z.string(), z.unknown()),
  createdAt: isoDate,
});

export const exportAssessmentSchema = z.object({
  id: z.string().min(1),
  questionnaireKey: z.string().min(1),
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  perspective: z.enum(["self", "partner"]),
  status: z.enum(["draft", "submitted"]),
  /** display name of the person who answered (name, or e-mail when no name was given) */
  respondent: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
  revision: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
  submittedAt: isoDate.nullable(),
  snapshot: exportSnapshotSchema.nullable(),
});

export const exportPlanItemSchema = z.object({
  measureId: z.string().min(1),
  catalogVersion: z.string(),
  effort: z.number().int().min(1).max(5).nullable(),
  benefit: z.number().int().min(1).max(5).nullable(),
  phase: z.string().nullable(),
  ownerRole: z.string().nullable(),
  dueDate: isoDate.nullable(),
  status: z.string(),
  /** put into the plan by the user (absent in exports before 2026-12-06: false) */
  chosen: z.boolean().default(false),
});

export const companyExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: isoDate,
  tool: z.object({ name: z.string(), version: z.string() }),
  company: z.object({
    name: z.string().min(1),
    industry: z.string(),
    sizeBand: z.string(),
    region: z.string(),
    /** answers of the company-profile questionnaire (itCapacity, systems, network, ...) */
    profile: z.record(z.string(), z.unknown()).nullable(),
  }),
  assessments: z.array(exportAssessmentSchema),
  plan: z.array(exportPlanItemSchema),
});

export type CompanyExport = z.infer<typeof companyExportSchema>;
export type ExportAssessment = z.infer<typeof exportAssessmentSchema>;
export type ExportPlanItem = z.infer<typeof exportPlanItemSchema>;

/** Parses an export; a readable error names the first problems. */
export function parseCompanyExport(data: unknown): CompanyExport {
  const r = companyExportSchema.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.slice(0, 8).map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Not a valid KMU-Kompass export:\n${lines.join("\n")}`);
  }
  return r.data;
}
