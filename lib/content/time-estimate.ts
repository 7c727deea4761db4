import type { Questionnaire } from "./schema";

/** The questionnaire every company starts with: its own time is the one the landing page names first. */
export const CORE_QUESTIONNAIRE = "digital-readiness";

export type TimeEstimate = { coreKey: string; coreTitle: Questionnaire["title"] | undefined; coreMinutes: number; totalMinutes: number; count: number };

/**
 * Honest time figures for the texts that promise a duration, taken from the questionnaires'
 * own estimatedMinutes (pass the registry's current() versions), never written into a text.
 */
export function timeEstimate(questionnaires: Questionnaire[]): TimeEstimate {
  const core = questionnaires.find((q) => q.key === CORE_QUESTIONNAIRE);
  return {
    coreKey: CORE_QUESTIONNAIRE,
    coreTitle: core?.title,
    coreMinutes: core?.estimatedMinutes ?? 0,
    totalMinutes: questionnaires.reduce((sum, q) => sum + q.estimatedMinutes, 0),
    count: questionnaires.length,
  };
}
