// Field lists the client forms need, kept free of zod so that no page ships the validator
// (e2e/bundles.spec.ts checks the first load of every page).

/** Step 3's answers for the agreement outline; every field may stay empty (then the outline marks it open). */
export const AGREEMENT_FIELDS = [
  "parties",
  "purpose",
  "sameGoal",
  "contributions",
  "valuation",
  "tasks",
  "communication",
  "sharedInfo",
  "notShared",
  "thirdParties",
  "conflicts",
  "trustControl",
  "coopCompetition",
  "results",
  "liability",
  "duration",
  "evaluationDates",
  "exit",
  "afterExit",
] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];
