import type { AssessmentScore } from "../scoring/score";
import type { MeasuresCatalogue } from "../content/schema";
import { mean, round1 } from "../scoring/numbers";
import { TRUST_PILLARS, type TrustPillarId } from "../scoring/trust";

/**
 * The two-sided trust check of a cooperation (trust 2.0.0 and later). Both sides answer the same
 * statements from their side: block "self" (how we come across, dimension `<pillar>`) and block
 * "other" (how we see the other side, dimension `<pillar>_other`). So:
 *   how we see ourselves      = our `<pillar>`            vs  how the partner sees us = their `<pillar>_other`
 *   how the partner sees itself = their `<pillar>`        vs  how we see the partner   = our `<pillar>_other`
 * A gap is "other's view minus self-image" of the whole numbers as shown: negative means the other
 * side sees it less favourably than the side sees itself. Pure; unit-tested.
 */
export const otherDimension = (pillar: TrustPillarId) => `${pillar}_other`;

const ITEM_PREFIX: Record<TrustPillarId, string> = { competence: "comp_", integrity: "integ_", benevolence: "benev_", technology: "tech_" };

/** The "other" block's item that asks about the same behaviour as a "self" block item (comp_quality -> comp_other_quality). */
/**
 * Which statement names a gap for its reader (`viewer`: the side reading the comparison): about the
 * reader, the reader's own "Wir …" statement; about the other side, the one the reader answered
 * about them ("Unser Partner …"), when the questionnaire has it. It showed the "Wir …" wording for
 * both, so a gap about the partner read as if it were about us.
 */
export function gapStatementId(g: { itemId: string; about: "us" | "partner" }, viewer: "us" | "partner", hasItem: (id: string) => boolean): string {
  if ((g.about === "us") === (viewer === "us")) return g.itemId;
  const other = otherItemId(g.itemId);
  return other && hasItem(other) ? other : g.itemId;
}

export function otherItemId(selfItemId: string): string | null {
  for (const prefix of Object.values(ITEM_PREFIX)) {
    if (selfItemId.startsWith(prefix) && !selfItemId.startsWith(`${prefix}other_`)) return `${prefix}other_${selfItemId.slice(prefix.length)}`;
  }
  return null;
}

function dimMean(scores: AssessmentScore[], id: string): number | null {
  const v = scores.map((s) => s.dimensions.find((d) => d.id === id)?.score).filter((x): x is number => typeof x === "number");
  return v.length ? round1(mean(v)) : null;
}

function itemMean(scores: AssessmentScore[], id: string): number | null {
  const v = scores.map((s) => s.itemPoints[id]).filter((x): x is number => typeof x === "number");
  return v.length ? round1(mean(v)) : null;
}

const gap = (view: number | null, self: number | null) => (view !== null && self !== null ? Math.round(view) - Math.round(self) : null);

export type PillarComparison = {
  id: TrustPillarId;
  /** how we see ourselves / how the partner sees us / partner view − self-image */
  usSelf: number | null;
  partnerViewOfUs: number | null;
  gapUs: number | null;
  /** how the partner sees itself / how we see the partner / our view − partner's self-image */
  partnerSelf: number | null;
  usViewOfPartner: number | null;
  gapPartner: number | null;
};

export type ItemGap = {
  /** the "self" block item; `about` says whose behaviour it is about */
  itemId: string;
  pillar: TrustPillarId;
  about: "us" | "partner";
  self: number;
  view: number;
  gap: number;
};

export type TrustComparison = { pillars: PillarComparison[]; largestGaps: ItemGap[] };

/** Needs at least one submitted check per side; callers show nothing before both submitted. */
export function compareTrust(us: AssessmentScore[], partner: AssessmentScore[], pillarOfItem: (itemId: string) => TrustPillarId | null, maxGaps = 5): TrustComparison {
  const pillars = TRUST_PILLARS.map((id) => {
    const usSelf = dimMean(us, id);
    const partnerViewOfUs = dimMean(partner, otherDimension(id));
    const partnerSelf = dimMean(partner, id);
    const usViewOfPartner = dimMean(us, otherDimension(id));
    return { id, usSelf, partnerViewOfUs, gapUs: gap(partnerViewOfUs, usSelf), partnerSelf, usViewOfPartner, gapPartner: gap(usViewOfPartner, partnerSelf) };
  });
  const selfItems = [...new Set([...us, ...partner].flatMap((s) => Object.keys(s.itemPoints)))].filter((id) => otherItemId(id) !== null);
  const gaps: ItemGap[] = [];
  for (const itemId of selfItems) {
    const pillar = pillarOfItem(itemId);
    if (!pillar) continue;
    const other = otherItemId(itemId)!;
    const pairs: [ItemGap["about"], number | null, number | null][] = [
      ["us", itemMean(us, itemId), itemMean(partner, other)],
      ["partner", itemMean(partner, itemId), itemMean(us, other)],
    ];
    for (const [about, self, view] of pairs) {
      if (self === null || view === null) continue;
      gaps.push({ itemId, pillar, about, self, view, gap: Math.round(view) - Math.round(self) });
    }
  }
  // largest first; at equal size the more critical view (negative) first, then content order
  gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.gap - b.gap);
  return { pillars, largestGaps: gaps.filter((g) => g.gap !== 0).slice(0, maxGaps) };
}

/** A gap of this size (points) between self-image and the other side's view is worth an action. */
export const NOTABLE_GAP = 15;
/** Below this the other side's view is weak whatever the self-image says. */
export const WEAK_VIEW = 50;

export type PillarSuggestion = { pillar: TrustPillarId; reason: "gap" | "weak"; measureIds: string[] };

/**
 * Suggested actions per pillar where the partner sees us clearly worse than we see ourselves (or
 * weakly at all): the catalogue's measures that address the pillar's items with the largest such
 * gaps, at most two per pillar. The user can put them into the plan.
 */
export function suggestActions(cmp: TrustComparison, catalogue: MeasuresCatalogue | undefined, itemsOfPillar: (p: TrustPillarId) => string[], perPillar = 2): PillarSuggestion[] {
  if (!catalogue) return [];
  const out: PillarSuggestion[] = [];
  for (const p of cmp.pillars) {
    const reason = p.gapUs !== null && p.gapUs <= -NOTABLE_GAP ? "gap" : p.partnerViewOfUs !== null && p.partnerViewOfUs < WEAK_VIEW ? "weak" : null;
    if (!reason) continue;
    const pillarItems = new Set(itemsOfPillar(p.id));
    const weakItems = cmp.largestGaps.filter((g) => g.pillar === p.id && g.about === "us" && g.gap < 0).map((g) => g.itemId);
    const ranked = catalogue.measures
      .map((m) => ({ id: m.id, hits: m.addresses.filter((a) => weakItems.includes(a)).length * 10 + m.addresses.filter((a) => pillarItems.has(a)).length }))
      .filter((m) => m.hits > 0)
      .sort((a, b) => b.hits - a.hits);
    if (ranked.length) out.push({ pillar: p.id, reason, measureIds: ranked.slice(0, perPillar).map((m) => m.id) });
  }
  return out;
}
