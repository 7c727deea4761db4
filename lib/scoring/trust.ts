import type { AssessmentScore } from "./score";
import { mean, round1 } from "./numbers";

/** The trust questionnaire's dimensions, i.e. the three pillars plus trust in technology. */
export const TRUST_PILLARS = ["competence", "integrity", "benevolence", "technology"] as const;
export type TrustPillarId = (typeof TRUST_PILLARS)[number];

export type PillarScore = {
  id: TrustPillarId;
  /** mean over the self-view respondents, 0-100, null when nobody answered the pillar */
  self: number | null;
  /**
   * mean over the company's own respondents' view OF their partner ("Ihre Einschätzung Ihres
   * Partners"): a trust 1.0.0 assessment in perspective "partner" (the old "Als Partner bewerten",
   * answered by the company's own user) or the "how we see our partner" block of trust 2.0.0.
   * It is never the partner's view of the company; that only comes from a cooperation's two-sided
   * check (lib/cooperations/compare.ts).
   */
  partner: number | null;
  /**
   * partner − self of the whole-number scores as shown (75 and 55 -> −20, not −20.9 from 75.4 and
   * 54.5): how much better (+) or worse (−) the company rates its partner than itself; null unless both exist
   */
  gap: number | null;
};


function meanOf(scores: AssessmentScore[], id: string): number | null {
  const values = scores
    .map((s) => s.dimensions.find((d) => d.id === id)?.score)
    .filter((v): v is number => typeof v === "number");
  return values.length ? round1(mean(values)) : null;
}

/**
 * The "how we see our partner" block of a trust 2.0.0 result as pillar scores (dimension
 * `<pillar>_other` -> `<pillar>`), or null for a result without that block (trust 1.0.0).
 */
export function viewOfPartnerScores(s: AssessmentScore): AssessmentScore | null {
  const other = s.dimensions.filter((d) => d.id.endsWith("_other"));
  if (!other.length) return null;
  return { ...s, dimensions: other.map((d) => ({ ...d, id: d.id.slice(0, -"_other".length) })) };
}

/** Pillar scores of the self-view and of the company's view of its partner (each the mean of its respondents) and their gap. */
export function trustPillars(self: AssessmentScore[], partner: AssessmentScore[]): PillarScore[] {
  return TRUST_PILLARS.map((id) => {
    const s = meanOf(self, id);
    const p = meanOf(partner, id);
    return { id, self: s, partner: p, gap: s !== null && p !== null ? Math.round(p) - Math.round(s) : null };
  });
}
