import { describe, it, expect } from "vitest";
import { localizeDeep, isLocalized, pick } from "./localize";

describe("localizeDeep", () => {
  const tree = {
    title: { de: "Titel", en: "Title" },
    count: 3,
    flag: true,
    nothing: null,
    plain: "unchanged",
    pages: [
      {
        name: "p1",
        elements: [
          { type: "radiogroup", name: "q1", title: { de: "Frage", en: "Question" }, choices: [{ value: 1, text: { de: "Ja", en: "Yes" } }] },
        ],
      },
    ],
    list: [{ de: "eins", en: "one" }, "two", 3],
  };

  it("replaces every {de, en} object, however deep, by the string of the locale", () => {
    expect(localizeDeep(tree, "de")).toEqual({
      title: "Titel",
      count: 3,
      flag: true,
      nothing: null,
      plain: "unchanged",
      pages: [{ name: "p1", elements: [{ type: "radiogroup", name: "q1", title: "Frage", choices: [{ value: 1, text: "Ja" }] }] }],
      list: ["eins", "two", 3],
    });
    const en = localizeDeep(tree, "en") as typeof tree & { title: string };
    expect(en.title).toBe("Title");
    expect(JSON.stringify(en)).not.toMatch(/"de"/);
  });

  it("leaves objects alone that are not exactly a {de, en} pair of strings", () => {
    const others = {
      extraKey: { de: "a", en: "b", fr: "c" },
      onlyDe: { de: "a" },
      notStrings: { de: 1, en: 2 },
      empty: {},
    };
    expect(localizeDeep(others, "de")).toEqual(others);
  });

  it("returns primitives unchanged and does not mutate its input", () => {
    expect(localizeDeep("x", "en")).toBe("x");
    expect(localizeDeep(42, "en")).toBe(42);
    expect(localizeDeep(null, "en")).toBe(null);
    expect(localizeDeep(undefined, "en")).toBe(undefined);
    const before = JSON.stringify(tree);
    localizeDeep(tree, "en");
    expect(JSON.stringify(tree)).toBe(before);
  });

  it("localizes a top-level {de, en} value and arrays of them", () => {
    expect(localizeDeep({ de: "Hallo", en: "Hello" }, "en")).toBe("Hello");
    expect(localizeDeep([{ de: "a", en: "b" }], "de")).toEqual(["a"]);
  });
});

describe("isLocalized / pick", () => {
  it("recognises only {de, en} string pairs", () => {
    expect(isLocalized({ de: "a", en: "b" })).toBe(true);
    expect(isLocalized({ de: "a", en: "b", x: 1 })).toBe(false);
    expect(isLocalized(["a", "b"])).toBe(false);
    expect(isLocalized(null)).toBe(false);
    expect(isLocalized("de")).toBe(false);
  });

  it("picks the text of the locale", () => {
    expect(pick({ de: "a", en: "b" }, "de")).toBe("a");
    expect(pick({ de: "a", en: "b" }, "en")).toBe("b");
  });
});
