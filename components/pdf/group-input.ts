import type { translator } from "@/lib/i18n/server";
import type { Locale } from "@/lib/content/localize";
import { contentRegistry } from "@/lib/content";
import { dateFormat } from "@/lib/i18n/config";
import type { GroupPdfInput } from "./group-document";
import type { GroupAggregate } from "@/lib/workshops/aggregate";
import { MIN_MEASURE_COMPANIES, type Handout } from "@/lib/workshops/group-measures";
import { groupPdfView } from "@/lib/workshops/group-pdf-view";
import { groupLabels } from "@/lib/workshops/shapes";

type T = ReturnType<typeof translator>;
type Workshop = { title: string; date: Date; place: string; k: number; questionnaires: string[] };

/** Everything the group PDF renders, in the advisor's language: one published state and its stored handout. */
export function groupPdfInput(w: Workshop, publication: { publishedAt: string; aggregate: GroupAggregate }, handout: Handout | null, locale: Locale, t: T): GroupPdfInput {
  const long = dateFormat(locale, { dateStyle: "long" });
  const catalogue = contentRegistry().catalogue(handout?.catalogueVersion ?? undefined);
  const view = groupPdfView({
    workshop: { title: w.title, date: long.format(w.date), place: w.place },
    publishedAt: publication.publishedAt,
    k: w.k,
    aggregate: publication.aggregate,
    handout,
    labels: groupLabels(w.questionnaires, locale),
    measureTitle: (id) => catalogue?.measures.find((m) => m.id === id)?.title[locale] ?? id,
    versionLabels: { catalogue: t("workshops.pdf.catalogue"), scoring: t("workshops.pdf.scoring"), planning: t("workshops.pdf.planning") },
  });
  const count = view.companyCount;
  const p = (key: string, values?: Record<string, string | number>) => t(`workshops.pdf.${key}` as never, values as never);
  const raw = (key: string) => t.raw(`workshops.pdf.${key}` as never) as string;
  return {
    view,
    locale,
    dateText: long.format(new Date(publication.publishedAt)),
    labels: {
      kicker: p("kicker"),
      facts: p("facts", { count, date: long.format(new Date(publication.publishedAt)) }),
      anonymity: p("anonymity", { k: w.k }),
      radarTitle: p("radarTitle"),
      radarHint: p("radarHint"),
      spreadTitle: p("spreadTitle"),
      spreadHint: p("spreadHint"),
      field: p("field"),
      mean: p("mean"),
      middle: p("middle"),
      companies: p("companies"),
      tooFew: p("tooFew"),
      overall: p("overall"),
      gapsTitle: p("gapsTitle"),
      gapsHint: p("gapsHint"),
      gapShare: raw("gapShare"),
      noGaps: p("noGaps"),
      measuresTitle: p("measuresTitle"),
      measuresHint: p("measuresHint", { min: MIN_MEASURE_COMPANIES }),
      measureShare: raw("measureShare"),
      noMeasures: p("noMeasures", { min: MIN_MEASURE_COMPANIES }),
      measuresMissing: p("measuresMissing"),
      versions: p("versions"),
      nextTitle: p("nextTitle"),
      nextText: p("nextText"),
      footer: p("footer"),
      page: t("pdf.page"),
    },
  };
}
