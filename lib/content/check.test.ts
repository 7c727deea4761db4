import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkQuestionnaire } from "./check";
import { questionnaireSchema, type Questionnaire } from "./schema";

const raw = () =>
  JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json"), "utf8")) as {
    survey: { pages: Array<{ name: string; elements: Array<Record<string, unknown>> }> };
    scoring: { items: Array<{ id: string; dimension: string; scale: string }>; relevance?: unknown[]; dimensions: Array<{ id: string }> };
    [k: string]: unknown;
  };
const parse = (json: unknown): Questionnaire => questionnaireSchema.parse(json);

describe("checkQuestionnaire", () => {
  it("finds no problem in the published digital-readiness questionnaire", () => {
    expect(checkQuestionnaire(parse(raw()))).toEqual([]);
  });

  it("reports an item that points at an unknown dimension", () => {
    const json = raw();
    json.scoring.items[0].dimension = "nowhere";
    const problems = checkQuestionnaire(parse(json));
    expect(problems).toContain(`item ${json.scoring.items[0].id} points at unknown dimension nowhere`);
  });

  it("reports a scored question that brings its own choices", () => {
    const json = raw();
    const el = json.survey.pages[0].elements[0];
    el.choices = [{ value: 1, text: { de: "a", en: "a" } }];
    expect(checkQuestionnaire(parse(json))).toContain(`scored question ${el.name} must be a radiogroup without choices`);
  });

  it("reports a scored question that is not a radiogroup", () => {
    const json = raw();
    const el = json.survey.pages[0].elements[0];
    el.type = "dropdown";
    expect(checkQuestionnaire(parse(json))).toContain(`scored question ${el.name} must be a radiogroup without choices`);
  });

  it("reports a question name used twice (also across pages)", () => {
    const json = raw();
    const dup = { ...json.survey.pages[0].elements[0] };
    json.survey.pages[1].elements.push(dup);
    expect(checkQuestionnaire(parse(json))).toContain(`question name ${dup.name} is used twice`);
  });

  it("reports a question name used twice inside a panel", () => {
    const json = raw();
    const first = json.survey.pages[0].elements[0];
    json.survey.pages[1].elements.push({ type: "panel", name: "panel_x", elements: [{ ...first }] });
    expect(checkQuestionnaire(parse(json))).toContain(`question name ${first.name} is used twice`);
  });

  it("reports scored items without a question, unknown scales and items listed twice", () => {
    const json = raw();
    json.scoring.items.push({ id: "ghost_item", dimension: "data", scale: "status5" });
    json.scoring.items.push({ ...json.scoring.items[0] });
    json.scoring.items[1].scale = "nope";
    const problems = checkQuestionnaire(parse(json));
    expect(problems).toContain("scored item ghost_item has no question");
    expect(problems).toContain(`item ${json.scoring.items[0].id} is listed twice in scoring.items`);
    expect(problems).toContain(`item ${json.scoring.items[1].id} uses unknown scale nope`);
  });

  it("reports a radiogroup without choices that is not scored", () => {
    const json = raw();
    json.survey.pages[0].elements.push({ type: "radiogroup", name: "orphan", title: { de: "x", en: "x" } });
    expect(checkQuestionnaire(parse(json))).toContain("question orphan has no choices and no scoring metadata");
  });

  it("reports relevance for unknown dimensions or questions, and dimensions without items", () => {
    const json = raw();
    json.scoring.relevance = [{ dimension: "ghost", question: "no_such_question" }];
    json.scoring.dimensions.push({ id: "empty_dim", title: { de: "x", en: "x" }, description: { de: "x", en: "x" } } as never);
    const problems = checkQuestionnaire(parse(json));
    expect(problems).toContain("relevance for unknown dimension ghost");
    expect(problems).toContain("relevance question no_such_question does not exist");
    expect(problems).toContain("dimension empty_dim has no items");
  });

  it("reports a scored questionnaire without scoring metadata; a profile questionnaire needs none", () => {
    const json = raw();
    delete (json as Record<string, unknown>).scoring;
    expect(checkQuestionnaire(parse(json))).toContain("a scored questionnaire needs scoring metadata");
    const profile = {
      ...json,
      kind: "profile",
      survey: { pages: [{ name: "p", elements: [{ type: "text", name: "employees", title: { de: "Beschäftigte", en: "Employees" } }] }] },
    };
    expect(checkQuestionnaire(parse(profile))).toEqual([]);
  });
});
