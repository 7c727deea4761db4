import { z } from "zod";
import { cleanText } from "../text/clean-text";
import { STEPS } from "./steps";
import { AGREEMENT_FIELDS, type AgreementField } from "./fields";

/** The boundary of cooperations: every body a route accepts, and the JSON stored in Cooperation.profile/agreement. */
const day = z.string().date("invalidDate");
const short = (max: number, tooLong = "textTooLong") => cleanText().trim().max(max, tooLong);
const long = short(4000);

export const createCooperationSchema = z
  .object({
    partnerName: cleanText().trim().min(2, "partnerNameTooShort").max(120, "partnerNameTooLong"),
    field: cleanText().trim().min(2, "fieldRequired").max(200, "textTooLong"),
    goal: cleanText().trim().min(2, "goalRequired").max(2000, "textTooLong"),
    startDate: day,
  })
  .strict();
export type CreateCooperationInput = z.infer<typeof createCooperationSchema>;

export const stepIdSchema = z.enum(STEPS);

export const stepPatchSchema = z
  .object({
    notes: long.optional(),
    decisions: long.optional(),
    responsible: short(120).optional(),
    dueDate: z.union([day, z.literal("")]).optional(),
    checklist: z.record(z.string().regex(/^[a-z][a-z0-9_]{1,60}$/), z.boolean()).optional(),
  })
  .strict();
export type StepPatch = z.infer<typeof stepPatchSchema>;

/** Step 2's requirements profile; the lists are one entry per line in the form. */
const lines = z
  .union([z.array(short(300)), short(4000)])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean).slice(0, 30));
export const profileSchema = z
  .object({
    partnerBrings: short(4000).default(""),
    weBring: short(4000).default(""),
    mustHaves: lines.default([]),
    niceToHaves: lines.default([]),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export { AGREEMENT_FIELDS, type AgreementField } from "./fields";
export const agreementSchema = z
  .object(Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, short(4000).default("")])) as Record<AgreementField, z.ZodDefault<ReturnType<typeof short>>>)
  .strict();
export type Agreement = Record<AgreementField, string>;

export const evaluationSchema = z
  .object({
    goalsReached: cleanText().trim().min(2, "evaluationFieldRequired").max(4000, "textTooLong"),
    profileFit: cleanText().trim().min(2, "evaluationFieldRequired").max(4000, "textTooLong"),
    costBenefit: cleanText().trim().min(2, "evaluationFieldRequired").max(4000, "textTooLong"),
    consequences: cleanText().trim().min(2, "evaluationFieldRequired").max(4000, "textTooLong"),
    nextDate: z.union([day, z.literal("")]).default(""),
  })
  .strict();
export type EvaluationInput = z.infer<typeof evaluationSchema>;

export const cooperationPatchSchema = z.object({ status: z.enum(["active", "ended"]) }).strict();

export const MAX_COOPERATION_BYTES = 64 * 1024;

/** Reads stored JSON leniently: an old or broken value becomes the empty profile / agreement, never a 500. */
export function readProfile(v: unknown): Profile {
  const p = profileSchema.safeParse(v ?? {});
  return p.success ? p.data : { partnerBrings: "", weBring: "", mustHaves: [], niceToHaves: [] };
}
export function readAgreement(v: unknown): Agreement {
  const p = agreementSchema.safeParse(v ?? {});
  return (p.success ? p.data : agreementSchema.parse({})) as Agreement;
}
export function profileComplete(p: Profile): boolean {
  return Boolean(p.partnerBrings.trim() && p.weBring.trim() && p.mustHaves.length > 0);
}
