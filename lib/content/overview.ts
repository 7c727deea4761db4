import type { Localized, MeasuresCatalogue, Questionnaire } from "./schema";
import type { HashStatus, ManifestEntryStatus } from "./manifest";
import { allElements } from "./elements";

export type VersionOverview = {
  version: string;
  publishedAt: string;
  kind: Questionnaire["kind"];
  perspectives: Questionnaire["perspectives"];
  estimatedMinutes: number;
  newest: boolean;
  pages: number;
  questions: number;
  scoredItems: number;
  dimensions: { id: string; title: Localized; items: number }[];
  file: string;
  hash: HashStatus | "unknown";
};

export type ContentOverview = {
  questionnaires: { key: string; title: Localized; versions: VersionOverview[] }[];
  catalogues: { version: string; publishedAt: string; measures: number; file: string; hash: HashStatus | "unknown" }[];
  /** every content file matches the manifest */
  manifestOk: boolean;
  /** manifest problems (changed, unlisted or missing files) */
  problems: ManifestEntryStatus[];
};

/** What the admin content page shows: keys, versions, item counts per dimension, dates, hash status. Pure. */
export function contentOverview(questionnaires: Questionnaire[], catalogues: MeasuresCatalogue[], manifest: ManifestEntryStatus[]): ContentOverview {
  const hashOf = (file: string): HashStatus | "unknown" => manifest.find((m) => m.file === file)?.status ?? "unknown";
  const keys = [...new Set(questionnaires.map((q) => q.key))];
  const problems = manifest.filter((m) => m.status !== "ok");
  return {
    questionnaires: keys.map((key) => {
      const list = questionnaires.filter((q) => q.key === key);
      return {
        key,
        title: list.at(-1)!.title,
        versions: list
          .map((q, i): VersionOverview => {
            const file = `questionnaires/${q.key}/${q.version}.json`;
            return {
              version: q.version,
              publishedAt: q.publishedAt,
              kind: q.kind,
              perspectives: q.perspectives,
              estimatedMinutes: q.estimatedMinutes,
              newest: i === list.length - 1,
              pages: q.survey.pages.length,
              questions: allElements(q).length,
              scoredItems: q.scoring?.items.length ?? 0,
              dimensions: (q.scoring?.dimensions ?? []).map((d) => ({
                id: d.id,
                title: d.title,
                items: q.scoring!.items.filter((it) => it.dimension === d.id).length,
              })),
              file,
              hash: hashOf(file),
            };
          })
          .reverse(),
      };
    }),
    catalogues: [...catalogues].reverse().map((c) => {
      const file = `measures/${c.version}.json`;
      return { version: c.version, publishedAt: c.publishedAt, measures: c.measures.length, file, hash: hashOf(file) };
    }),
    manifestOk: problems.length === 0,
    problems,
  };
}
