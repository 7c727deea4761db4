import { z } from "zod";
import { cleanText } from "../text/clean-text";
import { PHASES, PLAN_STATUSES } from "../planning/roadmap";

export const measureIdSchema = z.string().regex(/^[a-z][a-z0-9_]{1,60}$/);

/**
 * A change of one plan item. Every field is optional; `null` resets it to the computed value.
 * Effort and benefit on the matrix scale 1-5; due date as a calendar day (YYYY-MM-DD).
 */
export const planPatchSchema = z
  .object({
    effort: z.number().int().min(1).max(5).nullable().optional(),
    benefit: z.number().int().min(1).max(5).nullable().optional(),
    phase: z.enum(PHASES.map((p) => p.id) as [string, ...string[]]).nullable().optional(),
    ownerRole: cleanText().trim().min(1).max(80).nullable().optional(),
    dueDate: z.string().date().nullable().optional(),
    status: z.enum(PLAN_STATUSES).optional(),
    /** true: put the measure into the plan (it stays there whatever the answers call for); false: leave it to the computation again */
    chosen: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "empty");
export type PlanPatch = z.infer<typeof planPatchSchema>;

export const MAX_PLAN_PATCH_BYTES = 2 * 1024;
