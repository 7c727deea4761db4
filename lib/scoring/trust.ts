import type { AssessmentScore } from "./score";
import { mean, round1 } from "./numbers";

/** The trust questionnaire's dimensions, i.e. the three pillars plus trust in technology. */
export const TRUST_PILLARS = ["competence", "integrity", "benevolence", "technology"] as const;
export type TrustPillarId = (typeof TRUST_PILLARS)[number];

export type PillarScore = {
  id: TrustPillarId;
  /** mean over the self-view respondents, 0-100, null when nobody answered the pillar */
  self: number | null;
  /** mean over the partner-view respondents */
  partner: number | null;
  /**
   * partner − self of the whole-number scores as shown (75 and 55 -> −20, not −20.9 from 75.4 and
   * 54.5): negative means partners see you less favourably than you see yourself; null unless both exist
   */
  gap: number | null;
};


function meanOf(scores: AssessmentScore[], id: string): number | null {
  const values = scores
    .map((s) => s.dimensions.find((d) => d.id === id)?.score)
    .filter((v): v is number => typeof v === "number");
  return values.length ? round1(mean(values)) : null;
}

/** Pillar scores of the self-view and the partner view (each the mean of its respondents) and their gap. */
export function trustPillars(self: AssessmentScore[], partner: AssessmentScore[]): PillarScore[] {
  return TRUST_PILLARS.map((id) => {
    const s = meanOf(self, id);
    const p = meanOf(partner, id);
    return { id, self: s, partner: p, gap: s !== null && p !== null ? Math.round(p) - Math.round(s) : null };
  });
}
