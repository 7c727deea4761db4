import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { questionnaireSchema, measuresCatalogueSchema, type Questionnaire, type MeasuresCatalogue } from "./schema";
import { checkQuestionnaire } from "./check";
import { checkCatalogue } from "./check-measures";
import { compareVersions } from "./version";

/** Reads and validates every content file below `dir` (default: ./content). */
export type ContentSet = { questionnaires: Questionnaire[]; catalogues: MeasuresCatalogue[] };

export function contentDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "content");
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`Content file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

export function loadContent(dir: string = contentDir()): ContentSet {
  const questionnaires: Questionnaire[] = [];
  const qDir = path.join(dir, "questionnaires");
  for (const key of existsSync(qDir) ? readdirSync(qDir).sort() : []) {
    for (const file of readdirSync(path.join(qDir, key)).filter((f) => f.endsWith(".json"))) {
      const full = path.join(qDir, key, file);
      const parsed = questionnaireSchema.safeParse(readJson(full));
      if (!parsed.success) throw new Error(`Content file ${full} is invalid: ${parsed.error.message}`);
      const q = parsed.data;
      if (q.key !== key || `${q.version}.json` !== file) {
        throw new Error(`Content file ${full} declares ${q.key}@${q.version}; path and content must agree`);
      }
      const problems = checkQuestionnaire(q);
      if (problems.length) throw new Error(`Content file ${full}: ${problems.join("; ")}`);
      questionnaires.push(q);
    }
  }
  const catalogues: MeasuresCatalogue[] = [];
  const mDir = path.join(dir, "measures");
  for (const file of existsSync(mDir) ? readdirSync(mDir).filter((f) => f.endsWith(".json")) : []) {
    const full = path.join(mDir, file);
    const parsed = measuresCatalogueSchema.safeParse(readJson(full));
    if (!parsed.success) throw new Error(`Content file ${full} is invalid: ${parsed.error.message}`);
    if (`${parsed.data.version}.json` !== file) {
      throw new Error(`Content file ${full} declares version ${parsed.data.version}; path and content must agree`);
    }
    const problems = checkCatalogue(parsed.data, questionnaires);
    if (problems.length) throw new Error(`Content file ${full}: ${problems.join("; ")}`);
    catalogues.push(parsed.data);
  }
  questionnaires.sort((a, b) => a.key.localeCompare(b.key) || compareVersions(a.version, b.version));
  catalogues.sort((a, b) => compareVersions(a.version, b.version));
  return { questionnaires, catalogues };
}
