import { z } from "zod";

export const perspectiveSchema = z.enum(["self", "partner"]);

export const startAssessmentSchema = z.object({
  questionnaireKey: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
  perspective: perspectiveSchema.default("self"),
});

export const MAX_ANSWERS_BYTES = 64 * 1024;

export const saveAnswersSchema = z
  .object({
    /** the revision the client's state is based on */
    revision: z.number().int().min(0),
    answers: z.record(z.string().max(80), z.unknown()).refine((a) => Object.keys(a).length <= 500, "tooManyAnswers"),
    currentPage: z.number().int().min(0).max(200).default(0),
  })
  .strict();
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;

export const submitSchema = z.object({ revision: z.number().int().min(0) }).strict();
