import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine } from "./ics";

/** A small RFC 5545 reader: unfolds lines, splits name;params:value and unescapes text. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // every line break is CRLF
  const physical = text.slice(0, -2).split("\r\n");
  for (const l of physical) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
  const lines = physical.reduce<string[]>((acc, l) => (l.startsWith(" ") ? [...acc.slice(0, -1), acc.at(-1)! + l.slice(1)] : [...acc, l]), []);
  return lines.map((l) => {
    const colon = l.indexOf(":");
    const [name, ...params] = l.slice(0, colon).split(";");
    const raw = l.slice(colon + 1);
    const value = raw.replace(/\\(.)/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
    return { name, params, raw, value };
  });
}

describe("buildIcs", () => {
  const ics = buildIcs({
    uid: "coop-abc-2@kmu-kompass",
    date: "2027-03-15",
    summary: "Bewertung der Kooperation mit Müller, Söhne; Partner",
    description: "Ziele prüfen\nKosten\\Nutzen gegenüberstellen. ".repeat(4).trim(),
    url: "http://localhost:3000/companies/x/cooperations/y",
    now: new Date("2026-12-01T10:11:12.345Z"),
  });
  const props = parseIcs(ics);
  const get = (n: string) => props.find((p) => p.name === n)!;

  it("is one all-day VEVENT in a VCALENDAR with CRLF lines of at most 75 octets", () => {
    expect(props[0]).toMatchObject({ name: "BEGIN", value: "VCALENDAR" });
    expect(props.at(-1)).toMatchObject({ name: "END", value: "VCALENDAR" });
    expect(get("VERSION").value).toBe("2.0");
    expect(get("PRODID").value).toMatch(/KMU-Kompass/);
    expect(props.filter((p) => p.name === "BEGIN").map((p) => p.value)).toEqual(["VCALENDAR", "VEVENT"]);
    expect(get("DTSTART")).toMatchObject({ params: ["VALUE=DATE"], value: "20270315" });
    expect(get("DTEND")).toMatchObject({ params: ["VALUE=DATE"], value: "20270316" });
    expect(get("DTSTAMP").value).toBe("20261201T101112Z");
    expect(get("UID").value).toBe("coop-abc-2@kmu-kompass");
  });

  it("escapes commas, semicolons, backslashes and line breaks and unfolds back to the text", () => {
    expect(get("SUMMARY").raw).toBe("Bewertung der Kooperation mit Müller\\, Söhne\\; Partner");
    expect(get("SUMMARY").value).toBe("Bewertung der Kooperation mit Müller, Söhne; Partner");
    expect(get("DESCRIPTION").value).toBe("Ziele prüfen\nKosten\\Nutzen gegenüberstellen. ".repeat(4).trim());
    expect(ics).toMatch(/\r\n /); // the long description was folded
  });

  it("folds without splitting a multi-byte character and refuses a non-date", () => {
    const folded = foldLine("X:" + "ä".repeat(80));
    for (const l of folded.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe("X:" + "ä".repeat(80));
    expect(escapeText("a\r\nb")).toBe("a\\nb");
    expect(() => buildIcs({ uid: "u", date: "2027-02-30x", summary: "s", now: new Date() })).toThrow();
    expect(buildIcs({ uid: "u", date: "2027-12-31", summary: "s", now: new Date() })).toContain("DTEND;VALUE=DATE:20280101");
  });
});
