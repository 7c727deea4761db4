import type { PlanView } from "@/lib/report/plan-view";

/** The plan's sections in order; each starts where its `markProps(id)` lands. */
export const SECTIONS = ["summary", "dimensions", "trust", "cycle", "cooperations", "matrix", "roadmap", "timeline", "reassess", "glossary"] as const;
export type SectionId = (typeof SECTIONS)[number];

/**
 * The sections a plan has. Before anybody has answered the readiness check there are no fields of
 * action and no measures: the summary says what to do first, and no pages of empty charts follow.
 * "Check again" needs something to check again; the cooperations page only when there are any.
 */
export function planSections(view: PlanView): SectionId[] {
  const dimensions = (view.readiness?.dimensions.length ?? 0) > 0;
  const measures = view.roadmap.some((p) => p.items.length > 0);
  const results = (view.readiness?.overall ?? null) !== null || view.trust !== null || view.cycle !== null;
  const cooperations = (view.cooperations?.length ?? 0) > 0;
  const has: Record<SectionId, boolean> = { summary: true, dimensions, trust: true, cycle: true, cooperations, matrix: measures, roadmap: measures, timeline: measures, reassess: results, glossary: true };
  return SECTIONS.filter((id) => has[id]);
}
