import type { GroupAggregate, Stat } from "./aggregate";
import type { GroupLabels } from "./shapes";
import type { Handout } from "./group-measures";

/**
 * The view model of a workshop's group PDF (the handout), from one published state: its aggregate
 * and the handout stored with it. Pure. Built only from aggregates and content texts: it holds no
 * company id, no company name and no person (the workshop's own title, date and place aside).
 */
export type GroupPdfView = {
  workshop: { title: string; date: string; place: string };
  companyCount: number;
  publishedAt: string;
  k: number;
  /** "Digitale Reife – Kurzcheck 1.0.0", "Maßnahmenkatalog 1.3.0", … */
  versions: string[];
  questionnaires: {
    key: string;
    title: string;
    overall: Stat | null;
    dimensions: { id: string; title: string; stat: Stat | null }[];
    gaps: { itemId: string; question: string; dimension: string; companies: number; mean: number }[];
  }[];
  /** null: this state was published before the handout was stored with it */
  measures: { measureId: string; title: string; companies: number }[] | null;
};

export function groupPdfView(input: {
  workshop: GroupPdfView["workshop"];
  publishedAt: string;
  k: number;
  aggregate: GroupAggregate;
  handout: Handout | null;
  labels: GroupLabels;
  measureTitle: (id: string) => string;
  versionLabels: { catalogue: string; scoring: string; planning: string };
}): GroupPdfView {
  const { aggregate: agg, handout: h, labels } = input;
  const versions = [
    ...Object.entries(h?.contentVersions ?? {}).map(([key, vs]) => `${labels[key]?.title ?? key} ${vs.join(", ")}`),
    ...(h?.catalogueVersion ? [`${input.versionLabels.catalogue} ${h.catalogueVersion}`] : []),
    ...(h ? [`${input.versionLabels.scoring} ${h.scoringVersion}`, `${input.versionLabels.planning} ${h.planningVersion}`] : []),
  ];
  return {
    workshop: input.workshop,
    companyCount: agg.companyCount,
    publishedAt: input.publishedAt,
    k: input.k,
    versions,
    questionnaires: agg.questionnaires.map((q) => {
      const l = labels[q.key];
      return {
        key: q.key,
        title: l?.title ?? q.key,
        overall: q.overall,
        dimensions: q.dimensions.map((d) => ({ id: d.id, title: l?.dimensions[d.id] ?? d.id, stat: d.stat })),
        gaps: q.gaps.map((g) => ({ itemId: g.itemId, question: l?.items[g.itemId] ?? g.itemId, dimension: l?.dimensions[g.dimension] ?? g.dimension, companies: g.companies, mean: g.mean })),
      };
    }),
    measures: h ? h.measures.map((m) => ({ measureId: m.measureId, title: input.measureTitle(m.measureId), companies: m.companies })) : null,
  };
}
