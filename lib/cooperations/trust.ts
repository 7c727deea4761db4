import "server-only";
import { db } from "../db/client";
import { contentRegistry } from "../content";
import { scoreAnswers, type AssessmentScore } from "../scoring/score";
import type { TrustPillarId } from "../scoring/trust";
import { compareTrust, suggestActions, type PillarSuggestion, type TrustComparison } from "./compare";

export type TrustState =
  | { state: "waiting"; usSubmitted: boolean; partnerSubmitted: boolean; partnerWithdrawn: boolean }
  | { state: "ready"; version: string; comparison: TrustComparison; suggestions: PillarSuggestion[] };

/**
 * The two-sided trust check of one cooperation, for either side. The server computes the
 * comparison only when both sides have submitted (at least one of our members and the invited
 * partner, not withdrawn); before that nobody gets any figure of the other side. Callers have
 * checked that the actor belongs to one of the two sides of `cooperationId` in `companyId`.
 */
export async function loadTrustState(companyId: string, cooperationId: string): Promise<TrustState> {
  const partners = await db().cooperationPartner.findMany({ where: { cooperationId, cooperation: { companyId } }, select: { respondentId: true, withdrawnAt: true } });
  const active = partners.filter((p) => !p.withdrawnAt).map((p) => p.respondentId);
  const select = { status: true, questionnaireKey: true, contentVersion: true, answers: true, respondentId: true, snapshot: { select: { scores: true } } } as const;
  const [ours, theirs] = await Promise.all([
    // our side: the members' checks linked to this cooperation
    db().cooperationTrustCheck.findMany({ where: { cooperationId, side: "us", cooperation: { companyId }, assessment: { status: "submitted" } }, select: { assessment: { select } } }),
    // the partner's side: the trust check of the invited partner (its respondent exists for this cooperation only)
    active.length ? db().assessment.findMany({ where: { companyId, respondentId: { in: active }, questionnaireKey: "trust", status: "submitted" }, select }) : Promise.resolve([]),
  ]);
  const registry = contentRegistry();
  type Row = (typeof theirs)[number];
  const scoresOf = (rows: Row[]) =>
    rows.flatMap((a) => {
      const q = registry.get(a.questionnaireKey, a.contentVersion);
      if (!q || !q.scoring?.dimensions.some((d) => d.id.endsWith("_other"))) return [];
      const frozen = a.snapshot?.scores as AssessmentScore | undefined;
      return [{ q, score: frozen && Array.isArray(frozen.dimensions) && frozen.itemPoints ? frozen : scoreAnswers(q, (a.answers ?? {}) as Record<string, unknown>) }];
    });
  const us = scoresOf(ours.map((c) => c.assessment));
  const partner = scoresOf(theirs);
  if (!us.length || !partner.length) {
    return { state: "waiting", usSubmitted: us.length > 0, partnerSubmitted: partner.length > 0, partnerWithdrawn: partners.length > 0 && active.length === 0 };
  }
  const q = partner[0].q;
  const pillarOf = (id: string) => (q.scoring?.items.find((i) => i.id === id)?.dimension ?? null) as TrustPillarId | null;
  const comparison = compareTrust(us.map((s) => s.score), partner.map((s) => s.score), pillarOf);
  const catalogue = registry.catalogue();
  const suggestions = suggestActions(comparison, catalogue, (p) => (q.scoring?.items ?? []).filter((i) => i.dimension === p).map((i) => i.id));
  return { state: "ready", version: q.version, comparison, suggestions };
}
