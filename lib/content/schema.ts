import { z } from "zod";

/** Every user-facing text in content files exists in German and English. */
export const localizedSchema = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localizedSchema>;

export const itemIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "ids are snake_case");
const semverSchema = z.string().regex(/^\d+\.\d+\.\d+$/, "version must be semver x.y.z");
const keySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, "keys are kebab-case");

/**
 * A scale maps the answer values of a question to points (0-100). The value named in
 * `notApplicable` ("trifft nicht zu") is left out of the denominator.
 */
export const scaleSchema = z.object({
  choices: z
    .array(z.object({ value: z.union([z.string(), z.number()]), points: z.number().min(0).max(100), text: localizedSchema }))
    .min(2),
  notApplicable: z.object({ value: z.string(), text: localizedSchema }).optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const dimensionSchema = z.object({
  id: itemIdSchema,
  title: localizedSchema,
  description: localizedSchema,
});

export const scoredItemSchema = z.object({
  /** equals the SurveyJS question `name`; stable across versions */
  id: itemIdSchema,
  dimension: itemIdSchema,
  scale: z.string(),
  weight: z.number().positive().default(1),
});
export type ScoredItem = z.infer<typeof scoredItemSchema>;

export const scoringSchema = z.object({
  dimensions: z.array(dimensionSchema).min(1),
  scales: z.record(z.string(), scaleSchema),
  items: z.array(scoredItemSchema).min(1),
  /** optional per-dimension relevance question (values 1 = low, 2 = medium, 3 = high) */
  relevance: z.array(z.object({ dimension: itemIdSchema, question: itemIdSchema })).default([]),
});
export type Scoring = z.infer<typeof scoringSchema>;

/**
 * The `survey` part is SurveyJS JSON in which every text may be a `{de, en}` object; it is
 * localized and scored questions get their choices from the scale before it reaches survey-core.
 * Scored questions are `radiogroup`s without `choices`.
 */
const surveyElementSchema = z
  .object({ type: z.string(), name: z.string() })
  .passthrough();
export const surveySchema = z
  .object({
    pages: z
      .array(z.object({ name: z.string(), title: localizedSchema.optional(), elements: z.array(surveyElementSchema).min(1) }).passthrough())
      .min(1),
  })
  .passthrough();

export const questionnaireSchema = z.object({
  key: keySchema,
  version: semverSchema,
  publishedAt: z.string().date(),
  kind: z.enum(["scored", "profile"]),
  title: localizedSchema,
  description: localizedSchema,
  estimatedMinutes: z.number().int().positive(),
  /** questionnaires answered from two sides (trust: self-view and partner view) */
  perspectives: z.array(z.enum(["self", "partner"])).default(["self"]),
  survey: surveySchema,
  scoring: scoringSchema.optional(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Company context fields that planning rules may refer to (filled by the company-profile questionnaire). */
export const contextFieldSchema = z.enum(["sizeBand", "itCapacity", "productionType", "systems", "network"]);

export const measureSchema = z.object({
  id: itemIdSchema,
  source: z.enum(["guide", "whitepaper"]),
  title: localizedSchema,
  description: localizedSchema,
  baseEffort: z.number().int().min(1).max(5),
  baseBenefit: z.number().int().min(1).max(5),
  improves: z
    .array(z.object({ questionnaire: keySchema, dimension: itemIdSchema, weight: z.number().positive().max(1) }))
    .min(1),
  prerequisites: z.array(itemIdSchema).default([]),
  firstSteps: z.array(localizedSchema).length(3),
  ownerRole: localizedSchema,
  durationMonths: z.object({ min: z.number().positive(), max: z.number().positive() }),
  kpi: localizedSchema,
  enabler: z.boolean().default(false),
  /**
   * The scored items (question ids of digital-readiness, trust or cooperation-cycle) whose answers
   * call for this measure: only a real gap in these items triggers it (lib/planning/trigger.ts).
   * Catalogues before 1.1.0 have none; planning then falls back to the items of the improved dimensions.
   */
  addresses: z.array(itemIdSchema).default([]),
  /** the measure needs a standing team that meets and follows up (more effort without project routines) */
  needsTeam: z.boolean().default(false),
  contextRules: z
    .array(z.object({ field: contextFieldSchema, values: z.array(z.string()).min(1), effortDelta: z.number().int().min(-2).max(2), note: localizedSchema }))
    .default([]),
});
export type Measure = z.infer<typeof measureSchema>;

export const measuresCatalogueSchema = z.object({
  version: semverSchema,
  publishedAt: z.string().date(),
  measures: z.array(measureSchema).min(1),
});
export type MeasuresCatalogue = z.infer<typeof measuresCatalogueSchema>;
