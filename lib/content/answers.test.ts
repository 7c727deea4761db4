import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkAnswers } from "./answers";
import { allElements } from "./elements";
import { questionnaireSchema, type Questionnaire } from "./schema";

const real = (): Questionnaire =>
  questionnaireSchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json"), "utf8")),
  );

const L = (de: string, en: string) => ({ de, en });

/** A questionnaire with one question of each kind checkAnswers distinguishes. */
const mixed: Questionnaire = questionnaireSchema.parse({
  key: "mixed",
  version: "1.0.0",
  publishedAt: "2025-01-01",
  kind: "scored",
  title: L("t", "t"),
  description: L("d", "d"),
  estimatedMinutes: 1,
  survey: {
    pages: [
      {
        name: "p1",
        elements: [
          { type: "radiogroup", name: "scored" },
          { type: "radiogroup", name: "size", choices: [{ value: "small", text: L("klein", "small") }, "large"] },
          { type: "checkbox", name: "systems", choices: ["erp", "mes", { value: "crm", text: L("CRM", "CRM") }] },
          { type: "text", name: "note" },
          { type: "comment", name: "remarks" },
          { type: "boolean", name: "network" },
          { type: "panel", name: "panel", elements: [{ type: "rating", name: "mood" }] },
        ],
      },
    ],
  },
  scoring: {
    dimensions: [{ id: "dim", title: L("x", "x"), description: L("x", "x") }],
    scales: {
      s: {
        choices: [
          { value: 0, points: 0, text: L("0", "0") },
          { value: 1, points: 100, text: L("1", "1") },
        ],
        notApplicable: { value: "na", text: L("n/a", "n/a") },
      },
    },
    items: [{ id: "scored", dimension: "dim", scale: "s" }],
  },
});

describe("checkAnswers", () => {
  it("accepts a complete, valid answer set of the real questionnaire (and the empty set)", () => {
    const q = real();
    expect(checkAnswers(q, {})).toEqual([]);
    expect(
      checkAnswers(q, { data_machine_capture: 0, data_no_double_entry: 4, data_interfaces: "na", proc_erp: 2, proc_standard: 3, proc_single_source: 1 }),
    ).toEqual([]);
  });

  it("reports an unknown question id", () => {
    expect(checkAnswers(real(), { data_machine_capture: 1, not_a_question: 1 })).toEqual([
      { question: "not_a_question", problem: "unknown_question" },
    ]);
  });

  it("reports a value outside the scale (including a numeric value sent as a string)", () => {
    const q = real();
    expect(checkAnswers(q, { proc_erp: 5 })).toEqual([{ question: "proc_erp", problem: "invalid_value" }]);
    expect(checkAnswers(q, { proc_erp: -1 })).toEqual([{ question: "proc_erp", problem: "invalid_value" }]);
    expect(checkAnswers(q, { proc_erp: "2" })).toEqual([{ question: "proc_erp", problem: "invalid_value" }]);
    expect(checkAnswers(q, { proc_erp: [2] })).toEqual([{ question: "proc_erp", problem: "invalid_value" }]);
    expect(checkAnswers(q, { proc_erp: { value: 2 } })).toEqual([{ question: "proc_erp", problem: "invalid_value" }]);
  });

  it('accepts "na" on scored questions', () => {
    expect(checkAnswers(real(), { proc_erp: "na" })).toEqual([]);
    expect(checkAnswers(mixed, { scored: "na" })).toEqual([]);
  });

  it('rejects "na" on a choice question that does not offer it', () => {
    expect(checkAnswers(mixed, { size: "na" })).toEqual([{ question: "size", problem: "invalid_value" }]);
  });

  it("accepts null (a cleared answer) for any known question", () => {
    expect(checkAnswers(mixed, { scored: null, size: null, systems: null, note: null, network: null })).toEqual([]);
  });

  it("checks choice questions against their own choices (objects and plain values)", () => {
    expect(checkAnswers(mixed, { size: "small" })).toEqual([]);
    expect(checkAnswers(mixed, { size: "large" })).toEqual([]);
    expect(checkAnswers(mixed, { size: "medium" })).toEqual([{ question: "size", problem: "invalid_value" }]);
  });

  it("limits text and comment answers to 2000 characters and to strings", () => {
    expect(checkAnswers(mixed, { note: "x".repeat(2000), remarks: "y".repeat(2000) })).toEqual([]);
    expect(checkAnswers(mixed, { note: "x".repeat(2001) })).toEqual([{ question: "note", problem: "invalid_value" }]);
    expect(checkAnswers(mixed, { remarks: "y".repeat(5000) })).toEqual([{ question: "remarks", problem: "invalid_value" }]);
    expect(checkAnswers(mixed, { note: { html: "<b>" } })).toEqual([{ question: "note", problem: "invalid_value" }]);
  });

  it("accepts checkbox arrays of allowed values only", () => {
    expect(checkAnswers(mixed, { systems: [] })).toEqual([]);
    expect(checkAnswers(mixed, { systems: ["erp", "crm"] })).toEqual([]);
    expect(checkAnswers(mixed, { systems: ["erp", "sap"] })).toEqual([{ question: "systems", problem: "invalid_value" }]);
    expect(checkAnswers(mixed, { systems: "erp" })).toEqual([{ question: "systems", problem: "invalid_value" }]);
    expect(checkAnswers(mixed, { systems: Array(51).fill("erp") })).toEqual([{ question: "systems", problem: "invalid_value" }]);
  });

  it("accepts only booleans for boolean questions", () => {
    expect(checkAnswers(mixed, { network: false })).toEqual([]);
    expect(checkAnswers(mixed, { network: "true" })).toEqual([{ question: "network", problem: "invalid_value" }]);
  });

  it("finds questions inside panels and accepts short strings or numbers for other types", () => {
    expect(checkAnswers(mixed, { mood: 4 })).toEqual([]);
    expect(checkAnswers(mixed, { mood: "ok" })).toEqual([]);
    expect(checkAnswers(mixed, { mood: { a: 1 } })).toEqual([{ question: "mood", problem: "invalid_value" }]);
    expect(checkAnswers(mixed, { panel: 1 })).toEqual([{ question: "panel", problem: "unknown_question" }]);
  });

  it("reports every problem, one per question", () => {
    const problems = checkAnswers(mixed, { scored: 7, ghost: 1, note: 3, size: "small" });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        { question: "scored", problem: "invalid_value" },
        { question: "ghost", problem: "unknown_question" },
        { question: "note", problem: "invalid_value" },
      ]),
    );
  });

  // Regression (fixed): lib/content/answers.ts line 28-29 accepts only strings for `text` questions, but survey-core
  // stores the answer of a `text` question with `inputType: "number"` (or "range") as a number (e.g.
  // { employees: 12 }). Such a question (likely in the company profile: employees, IT staff) would be
  // rejected with 422 invalidAnswers on every autosave. Suggested fix: for text questions accept
  // `typeof value === "number" && Number.isFinite(value)` when el.inputType is "number" | "range".
  it("accepts the number survey-core stores for a text question with inputType number", () => {
    const q = questionnaireSchema.parse({
      ...mixed,
      survey: { pages: [{ name: "p", elements: [{ type: "radiogroup", name: "scored" }, { type: "text", name: "employees", inputType: "number" }] }] },
    });
    expect(checkAnswers(q, { employees: 12 })).toEqual([]);
  });
});

describe("checkAnswers enforces each question's own limits and the clean-text rule", () => {
  const limited = questionnaireSchema.parse({
    ...mixed,
    survey: {
      pages: [
        {
          name: "p",
          elements: [
            { type: "radiogroup", name: "scored" },
            { type: "text", name: "partner", maxLength: 200 },
            { type: "comment", name: "remarks" },
            { type: "text", name: "staff", inputType: "number", min: 0, max: 100000 },
            { type: "checkbox", name: "systems", choices: ["erp", "mes", "crm"], maxSelectedChoices: 2 },
          ],
        },
      ],
    },
  });

  it("refuses text over the question's maxLength (200), the browser's own limit", () => {
    expect(checkAnswers(limited, { partner: "x".repeat(200) })).toEqual([]);
    expect(checkAnswers(limited, { partner: "x".repeat(201) })).toEqual([{ question: "partner", problem: "invalid_value" }]);
    expect(checkAnswers(limited, { partner: "x".repeat(2000) })).toEqual([{ question: "partner", problem: "invalid_value" }]);
  });

  it("refuses the real partner question's 2,000 characters (its maxLength is 200)", () => {
    const trust = questionnaireSchema.parse(
      JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/trust/1.0.0.json"), "utf8")),
    );
    const name = allElements(trust).find((el) => el.maxLength === 200)?.name;
    expect(name).toBeTruthy();
    expect(checkAnswers(trust, { [name!]: "y".repeat(2000) })).toEqual([{ question: name, problem: "invalid_value" }]);
    expect(checkAnswers(trust, { [name!]: "Projekt Ölpumpe" })).toEqual([]);
  });

  it("keeps numbers inside min/max and checkbox answers within maxSelectedChoices", () => {
    expect(checkAnswers(limited, { staff: 12 })).toEqual([]);
    expect(checkAnswers(limited, { staff: -1 })).toEqual([{ question: "staff", problem: "invalid_value" }]);
    expect(checkAnswers(limited, { staff: 1e12 })).toEqual([{ question: "staff", problem: "invalid_value" }]);
    expect(checkAnswers(limited, { systems: ["erp", "mes"] })).toEqual([]);
    expect(checkAnswers(limited, { systems: ["erp", "mes", "crm"] })).toEqual([{ question: "systems", problem: "invalid_value" }]);
  });

  it("refuses NUL, other control characters and lone surrogates in text answers, keeps line breaks and emoji", () => {
    for (const bad of ["a\u0000b", "\ud800", "x\udc00", "bell\u0007"]) {
      expect(checkAnswers(limited, { remarks: bad })).toEqual([{ question: "remarks", problem: "invalid_value" }]);
    }
    expect(checkAnswers(limited, { remarks: "Zeile 1\nZeile 2\tmit Tab 🚀 Ğüß" })).toEqual([]);
  });
});
