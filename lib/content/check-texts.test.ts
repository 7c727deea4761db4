import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkQuestionnaire } from "./check";
import { checkTexts, pairProblem } from "./check-texts";
import { questionnaireSchema, type Questionnaire } from "./schema";
import { loadContent } from "./load";

type Raw = {
  survey: { pages: Array<{ name: string; title?: unknown; description?: unknown; elements: Array<Record<string, unknown>> }> };
  scoring: { relevance: Array<{ dimension: string; question: string }>; items: Array<{ id: string }> };
};
const file = (rel: string) => path.join(process.cwd(), "content/questionnaires", rel);
const raw = (rel = "digital-readiness/1.0.0.json") => JSON.parse(readFileSync(file(rel), "utf8")) as Raw;
const parse = (json: unknown): Questionnaire => questionnaireSchema.parse(json);
const el = (json: Raw, name: string) => json.survey.pages.flatMap((p) => p.elements).find((e) => e.name === name)!;

describe("every text a user reads is a {de, en} pair with both filled in", () => {
  it("finds nothing in the published questionnaires", () => {
    for (const q of loadContent().questionnaires) expect(checkTexts(q), `${q.key}@${q.version}`).toEqual([]);
  });

  it("pairProblem: accepts a full pair, names what is wrong otherwise", () => {
    expect(pairProblem({ de: "Ja", en: "Yes" }, "x")).toBeNull();
    expect(pairProblem("Ja", "x")).toBe("x must be a {de, en} text");
    expect(pairProblem({ de: "Ja" }, "x")).toBe("x must have exactly the keys de and en");
    expect(pairProblem({ de: "Ja", en: "Yes", fr: "Oui" }, "x")).toBe("x must have exactly the keys de and en");
    expect(pairProblem({ de: "  ", en: "Yes" }, "x")).toBe("x has an empty de text");
    expect(pairProblem({ de: "", en: "" }, "x")).toBe("x has an empty de and en text");
  });

  it("reports a question title in German only", () => {
    const json = raw();
    const q = json.survey.pages[0].elements[0];
    q.title = "Nur Deutsch";
    expect(checkQuestionnaire(parse(json))).toContain(`question ${q.name} title must be a {de, en} text`);
  });

  it("reports a question without a title", () => {
    const json = raw();
    const q = json.survey.pages[0].elements[0];
    delete q.title;
    expect(checkQuestionnaire(parse(json))).toContain(`question ${q.name} has no title`);
  });

  it("reports an empty English description", () => {
    const json = raw();
    const q = json.survey.pages[1].elements[0];
    q.description = { de: "Erklärung", en: "" };
    expect(checkQuestionnaire(parse(json))).toContain(`question ${q.name} description has an empty en text`);
  });

  it("reports an empty partner title (trust)", () => {
    const json = raw("trust/1.0.0.json");
    const q = json.survey.pages[1].elements[0];
    expect(q.partnerTitle).toBeDefined();
    q.partnerTitle = { de: "", en: "Our partner keeps promises." };
    expect(checkQuestionnaire(parse(json))).toContain(`question ${q.name} partnerTitle has an empty de text`);
  });

  it("reports a choice without a bilingual text, and a plain-string choice", () => {
    const json = raw("company-profile/1.0.0.json");
    const size = el(json, "sizeBand");
    (size.choices as Array<Record<string, unknown>>)[0].text = { de: "1–9", en: " " };
    const prod = el(json, "productionType");
    (prod.choices as unknown[])[0] = "single";
    const problems = checkQuestionnaire(parse(json));
    expect(problems).toContain("question sizeBand choice 1-9 text has an empty en text");
    expect(problems).toContain("question productionType choice single text must be a {de, en} text");
  });

  it("reports a placeholder and a page title or description that is not a pair", () => {
    const json = raw("company-profile/1.0.0.json");
    el(json, "erpName").placeholder = "z. B. SAP";
    json.survey.pages[0].description = { de: "Über Ihr Unternehmen", en: "" };
    const problems = checkQuestionnaire(parse(json));
    expect(problems).toContain("question erpName placeholder must be a {de, en} text");
    expect(problems).toContain(`page ${json.survey.pages[0].name} description has an empty en text`);
  });
});

describe("relevance questions answer with 1, 2 or 3 only", () => {
  const rel = (json: Raw) => el(json, json.scoring.relevance[0].question);

  it("accepts the published relevance questions", () => {
    expect(checkQuestionnaire(parse(raw()))).toEqual([]);
  });

  it("reports a fourth answer value", () => {
    const json = raw();
    const q = rel(json);
    (q.choices as unknown[]).push({ value: 4, text: { de: "Entscheidend", en: "Crucial" } });
    expect(checkQuestionnaire(parse(json))).toContain(`relevance question ${q.name} must be a radiogroup with exactly the answers 1, 2 and 3`);
  });

  it("reports values outside 1–3 and a relevance question that is not a radiogroup", () => {
    const json = raw();
    const q = rel(json);
    (q.choices as Array<{ value: unknown }>)[0].value = 0;
    expect(checkQuestionnaire(parse(json))).toContain(`relevance question ${q.name} must be a radiogroup with exactly the answers 1, 2 and 3`);
    const json2 = raw();
    rel(json2).type = "dropdown";
    expect(checkQuestionnaire(parse(json2))).toContain(`relevance question ${rel(json2).name} must be a radiogroup with exactly the answers 1, 2 and 3`);
  });

  it("reports a scored item used as relevance question", () => {
    const json = raw();
    json.scoring.relevance[0].question = json.scoring.items[0].id;
    expect(checkQuestionnaire(parse(json))).toContain(`relevance question ${json.scoring.items[0].id} must not be a scored item`);
  });
});
