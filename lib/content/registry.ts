import type { ContentSet } from "./load";
import type { Questionnaire, MeasuresCatalogue } from "./schema";

/** The published content versions; the newest version of a key is used for new assessments. */
export class ContentRegistry {
  constructor(private readonly content: ContentSet) {}

  keys(): string[] {
    return [...new Set(this.content.questionnaires.map((q) => q.key))];
  }

  versions(key: string): string[] {
    return this.content.questionnaires.filter((q) => q.key === key).map((q) => q.version);
  }

  latest(key: string): Questionnaire | undefined {
    return this.content.questionnaires.filter((q) => q.key === key).at(-1);
  }

  get(key: string, version: string): Questionnaire | undefined {
    return this.content.questionnaires.find((q) => q.key === key && q.version === version);
  }

  /** The newest version of each questionnaire key. */
  current(): Questionnaire[] {
    return this.keys().map((k) => this.latest(k)!);
  }

  all(): Questionnaire[] {
    return [...this.content.questionnaires];
  }

  catalogue(version?: string): MeasuresCatalogue | undefined {
    const list = this.content.catalogues;
    return version ? list.find((c) => c.version === version) : list.at(-1);
  }

  catalogues(): MeasuresCatalogue[] {
    return [...this.content.catalogues];
  }
}
