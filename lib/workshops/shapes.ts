import { contentRegistry } from "../content";
import type { Questionnaire } from "../content/schema";
import type { QuestionnaireShape } from "./aggregate";
import type { Locale } from "../content/localize";
import { questionText } from "../report/content-text";

/** The questionnaires a workshop can offer: the current scored ones (not the company profile). */
export function workshopQuestionnaires(): Questionnaire[] {
  return contentRegistry()
    .current()
    .filter((q) => q.kind === "scored" && q.scoring);
}

export function isWorkshopQuestionnaire(key: string): boolean {
  return workshopQuestionnaires().some((q) => q.key === key);
}

/** Dimensions and items of the current version of each key (dimension and item ids are stable across versions). */
export function shapesOf(keys: readonly string[]): QuestionnaireShape[] {
  return keys.flatMap((key) => {
    const q = contentRegistry().latest(key);
    if (!q?.scoring) return [];
    return [{ key, dimensions: q.scoring.dimensions.map((d) => d.id), items: q.scoring.items.map((i) => ({ id: i.id, dimension: i.dimension })) }];
  });
}

/** Texts the group view shows per questionnaire (from the content, nothing of any company). */
export type GroupLabels = Record<string, { title: string; dimensions: Record<string, string>; items: Record<string, string> }>;

export function groupLabels(keys: readonly string[], locale: Locale): GroupLabels {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const q = contentRegistry().latest(key);
      if (!q?.scoring) return [];
      return [[key, { title: q.title[locale], dimensions: Object.fromEntries(q.scoring.dimensions.map((d) => [d.id, d.title[locale]])), items: Object.fromEntries(q.scoring.items.map((i) => [i.id, questionText(q, i.id, locale)])) }]];
    }),
  );
}
