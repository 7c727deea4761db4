import { describe, expect, it } from "vitest";
import { keepAbbreviationsTogether, mapStrings } from "./typography";

const NBSP = "\u00a0";

describe("keepAbbreviationsTogether", () => {
  it("joins the parts of German abbreviations with a no-break space", () => {
    expect(keepAbbreviationsTogether("Daten, z. B. Aufträge, d. h. alles")).toBe(`Daten, z.${NBSP}B. Aufträge, d.${NBSP}h. alles`);
    expect(keepAbbreviationsTogether("i. d. R. und o. Ä. sowie u. a.")).toBe(`i.${NBSP}d.${NBSP}R. und o.${NBSP}Ä. sowie u.${NBSP}a.`);
    expect(keepAbbreviationsTogether("(z. B. SAP)")).toBe(`(z.${NBSP}B. SAP)`);
  });

  it("leaves sentence ends, numbers and ordinary text alone", () => {
    for (const t of ["Im Büro. Wir planen.", "Nr. 5 und S. 3", "Stufe 2. Dann", "Version 1.0.0", "Kein Kürzel hier", "Ende a. B"]) expect(keepAbbreviationsTogether(t)).toBe(t);
  });
});

describe("mapStrings", () => {
  it("maps every string of nested objects and arrays and keeps other values", () => {
    const date = new Date(0);
    const v = { a: "z. B. x", n: 3, nil: null, list: ["u. a.", { deep: "d. h." }], date };
    const out = mapStrings(v, keepAbbreviationsTogether);
    expect(out).toEqual({ a: `z.${NBSP}B. x`, n: 3, nil: null, list: [`u.${NBSP}a.`, { deep: `d.${NBSP}h.` }], date });
    expect(out.date).toBe(date);
    expect(v.a).toBe("z. B. x"); // the input is not changed
  });
});
