import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Model } from "survey-core";
import { prepareSurvey } from "./prepare";
import { questionnaireSchema, type Questionnaire } from "./schema";
import { allElements } from "./elements";
import { locales } from "./localize";

const fixture = (): Questionnaire =>
  questionnaireSchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json"), "utf8")),
  );

const L = (de: string, en: string) => ({ de, en });

/** A small two-perspective questionnaire with a panel, a partner title and an unscored choice question. */
const partnerQuestionnaire = (): Questionnaire =>
  questionnaireSchema.parse({
    key: "trust-test",
    version: "1.0.0",
    publishedAt: "2025-01-01",
    kind: "scored",
    title: L("Vertrauen", "Trust"),
    description: L("Beschreibung", "Description"),
    estimatedMinutes: 5,
    perspectives: ["self", "partner"],
    survey: {
      pages: [
        {
          name: "p1",
          title: L("Seite 1", "Page 1"),
          elements: [
            {
              type: "panel",
              name: "panel1",
              title: L("Gruppe", "Group"),
              elements: [
                {
                  type: "radiogroup",
                  name: "trust_competence",
                  title: L("Wir halten Zusagen ein.", "We keep our promises."),
                  partnerTitle: L("Der Partner hält Zusagen ein.", "The partner keeps its promises."),
                },
              ],
            },
            { type: "radiogroup", name: "trust_integrity", title: L("Wir sind offen.", "We are open.") },
            { type: "radiogroup", name: "relevance_trust", title: L("Wie wichtig?", "How important?"), choices: [1, 2, 3] },
          ],
        },
      ],
    },
    scoring: {
      dimensions: [{ id: "trust", title: L("Vertrauen", "Trust"), description: L("d", "d") }],
      scales: {
        agree3: {
          choices: [
            { value: "no", points: 0, text: L("Nein", "No") },
            { value: "partly", points: 50, text: L("Teils", "Partly") },
            { value: "yes", points: 100, text: L("Ja", "Yes") },
          ],
          notApplicable: { value: "na", text: L("Trifft nicht zu", "Does not apply") },
        },
      },
      items: [
        { id: "trust_competence", dimension: "trust", scale: "agree3" },
        { id: "trust_integrity", dimension: "trust", scale: "agree3" },
      ],
      relevance: [{ dimension: "trust", question: "relevance_trust" }],
    },
  });

type El = { type: string; name: string; title?: unknown; choices?: Array<{ value: unknown; text: unknown }>; elements?: El[] };
function flatten(json: Record<string, unknown>): El[] {
  const out: El[] = [];
  const visit = (els: El[]) => els.forEach((e) => (e.type === "panel" ? visit(e.elements ?? []) : out.push(e)));
  for (const p of json.pages as Array<{ elements: El[] }>) visit(p.elements);
  return out;
}

describe("prepareSurvey", () => {
  it("gives every scored question the scale's choices plus the not-applicable choice, localized", () => {
    const q = fixture();
    const scale = q.scoring!.scales.status5;
    for (const locale of locales) {
      const els = flatten(prepareSurvey(q, locale));
      expect(els).toHaveLength(6);
      for (const el of els) {
        expect(el.choices).toEqual([
          ...scale.choices.map((c) => ({ value: c.value, text: c.text[locale] })),
          { value: "na", text: scale.notApplicable!.text[locale] },
        ]);
      }
    }
  });

  it("leaves unscored questions' own choices alone and localizes every text", () => {
    const json = prepareSurvey(partnerQuestionnaire(), "en");
    const rel = flatten(json).find((e) => e.name === "relevance_trust")!;
    expect(rel.choices).toEqual([1, 2, 3]);
    expect(JSON.stringify(json)).not.toMatch(/"de":/);
    expect((json.pages as Array<{ title: string }>)[0].title).toBe("Page 1");
  });

  it("uses partnerTitle as the title in the partner perspective, and removes partnerTitle in both", () => {
    const q = partnerQuestionnaire();
    const self = flatten(prepareSurvey(q, "de", "self")).find((e) => e.name === "trust_competence")!;
    const partner = flatten(prepareSurvey(q, "de", "partner")).find((e) => e.name === "trust_competence")!;
    expect(self.title).toBe("Wir halten Zusagen ein.");
    expect(partner.title).toBe("Der Partner hält Zusagen ein.");
    expect(JSON.stringify(prepareSurvey(q, "en", "self"))).not.toContain("partnerTitle");
    expect(JSON.stringify(prepareSurvey(q, "en", "partner"))).not.toContain("partnerTitle");
    // questions without a partner title keep their own title in the partner perspective
    const other = flatten(prepareSurvey(q, "en", "partner")).find((e) => e.name === "trust_integrity")!;
    expect(other.title).toBe("We are open.");
  });

  it("is pure: the same input gives the same JSON and the questionnaire is not changed", () => {
    const q = partnerQuestionnaire();
    const before = JSON.stringify(q);
    expect(prepareSurvey(q, "de", "partner")).toEqual(prepareSurvey(q, "de", "partner"));
    expect(JSON.stringify(q)).toBe(before);
  });

  for (const locale of locales) {
    it(`loads into survey-core without errors and with the expected questions (${locale})`, () => {
      const q = fixture();
      const model = new Model(prepareSurvey(q, locale));
      expect(model.jsonErrors ?? []).toEqual([]);
      const questions = model.getAllQuestions();
      expect(questions.map((x) => x.name)).toEqual(allElements(q).map((e) => e.name));
      expect(model.pages).toHaveLength(q.survey.pages.length);
      const first = model.getQuestionByName("data_machine_capture") as unknown as { choices: Array<{ value: unknown; text: string }> };
      expect(first.choices).toHaveLength(6);
      expect(first.choices.at(-1)!.value).toBe("na");
      expect(first.choices[0].text).toBe(q.scoring!.scales.status5.choices[0].text[locale]);
    });

    it(`a two-perspective questionnaire with a panel loads into survey-core in both perspectives (${locale})`, () => {
      for (const perspective of ["self", "partner"] as const) {
        const model = new Model(prepareSurvey(partnerQuestionnaire(), locale, perspective));
        expect(model.jsonErrors ?? []).toEqual([]);
        expect(model.getAllQuestions()).toHaveLength(3);
      }
    });
  }
});
