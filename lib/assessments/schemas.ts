import { z } from "zod";
import { allTextClean, CLEAN_TEXT_MESSAGE, cleanText } from "../text/clean-text";

export const perspectiveSchema = z.enum(["self", "partner"]);

export const startAssessmentSchema = z.object({
  questionnaireKey: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
  perspective: perspectiveSchema.default("self"),
});

export const MAX_ANSWERS_BYTES = 64 * 1024;

/** Revisions are a PostgreSQL integer: a larger number is junk (it used to overflow into a 500). */
export const MAX_REVISION = 2_147_483_647;
export const revisionSchema = z.number().int().min(0).max(MAX_REVISION);

export const saveAnswersSchema = z
  .object({
    /** the revision the client's state is based on */
    revision: revisionSchema,
    answers: z
      .record(cleanText().max(80), z.unknown())
      .refine((a) => Object.keys(a).length <= 500, "tooManyAnswers")
      .refine((a) => allTextClean(a), CLEAN_TEXT_MESSAGE),
    currentPage: z.number().int().min(0).max(200).default(0),
  })
  .strict();
export type StartAssessmentInput = z.infer<typeof startAssessmentSchema>;
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;

export const submitSchema = z.object({ revision: revisionSchema }).strict();
