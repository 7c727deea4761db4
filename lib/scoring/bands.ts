/**
 * Maturity bands of a 0-100 score. The one-line meaning of each band is in the message files
 * (`bands.<id>.meaning`):
 * - starting  (0-24):  the topic is barely addressed yet; a first small step brings the most.
 * - exploring (25-49): first things are in place, but scattered and dependent on single people.
 * - advancing (50-74): a good base that works in daily business; now connect and standardise it.
 * - leading   (75-100): established and lived; keep it up and share it with partners.
 */
export const bands = [
  { id: "starting", min: 0 },
  { id: "exploring", min: 25 },
  { id: "advancing", min: 50 },
  { id: "leading", min: 75 },
] as const;

export type BandId = (typeof bands)[number]["id"];

export function bandOf(score: number): BandId {
  let band: BandId = "starting";
  for (const b of bands) if (score >= b.min) band = b.id;
  return band;
}
