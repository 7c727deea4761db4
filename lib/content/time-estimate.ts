import type { Questionnaire } from "./schema";
import { CORE_READINESS, FULL_READINESS } from "./readiness";

/** The questionnaire every company starts with: its own time is the one the landing page names first. */
export const CORE_QUESTIONNAIRE = FULL_READINESS;

export type TimeEstimate = { coreKey: string; coreTitle: Questionnaire["title"] | undefined; coreMinutes: number; totalMinutes: number; count: number };

/**
 * Honest time figures for the texts that promise a duration, taken from the questionnaires'
 * own estimatedMinutes (pass the registry's current() versions), never written into a text.
 * The ten-minute core check is a short alternative to the full readiness check (the same
 * questions, fewer of them), not one more part: it is left out of "all parts together".
 */
export function timeEstimate(questionnaires: Questionnaire[]): TimeEstimate {
  const parts = questionnaires.filter((q) => q.key !== CORE_READINESS);
  const core = parts.find((q) => q.key === CORE_QUESTIONNAIRE);
  return {
    coreKey: CORE_QUESTIONNAIRE,
    coreTitle: core?.title,
    coreMinutes: core?.estimatedMinutes ?? 0,
    totalMinutes: parts.reduce((sum, q) => sum + q.estimatedMinutes, 0),
    count: parts.length,
  };
}
