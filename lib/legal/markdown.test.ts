import { describe, it, expect } from "vitest";
import { parseInline, parseLegalMarkdown, safeHref } from "./markdown";

describe("parseLegalMarkdown", () => {
  it("headings, paragraphs with kept line breaks, lists", () => {
    const src = [
      "# Impressum",
      "",
      "## Angaben gemäß § 5 DDG",
      "Musterkammer Berlin",
      "Musterstraße 1",
      "10115 Berlin",
      "",
      "- Vertreten durch: Erika Muster",
      "* Register: VR 1234",
      "  (Amtsgericht Charlottenburg)",
      "Nach der Liste.",
      "### Kleinere Überschrift ###",
    ].join("\n");
    expect(parseLegalMarkdown(src)).toEqual([
      { kind: "heading", level: 2, content: [{ kind: "text", text: "Impressum" }] },
      { kind: "heading", level: 3, content: [{ kind: "text", text: "Angaben gemäß § 5 DDG" }] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "Musterkammer Berlin" }], [{ kind: "text", text: "Musterstraße 1" }], [{ kind: "text", text: "10115 Berlin" }]] },
      {
        kind: "list",
        items: [[{ kind: "text", text: "Vertreten durch: Erika Muster" }], [{ kind: "text", text: "Register: VR 1234 (Amtsgericht Charlottenburg)" }]],
      },
      { kind: "paragraph", lines: [[{ kind: "text", text: "Nach der Liste." }]] },
      { kind: "heading", level: 4, content: [{ kind: "text", text: "Kleinere Überschrift" }] },
    ]);
  });

  it("plain text (Windows line ends, BOM) becomes paragraphs", () => {
    expect(parseLegalMarkdown("\uFEFFZeile 1\r\nZeile 2\r\n\r\n\r\nAbsatz 2\r\n")).toEqual([
      { kind: "paragraph", lines: [[{ kind: "text", text: "Zeile 1" }], [{ kind: "text", text: "Zeile 2" }]] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "Absatz 2" }]] },
    ]);
    expect(parseLegalMarkdown("")).toEqual([]);
    expect(parseLegalMarkdown("\n \n")).toEqual([]);
  });

  it("HTML stays text: nothing in the file is markup", () => {
    const blocks = parseLegalMarkdown('<script>alert(1)</script>\n<img src=x onerror="alert(1)">');
    expect(blocks).toEqual([
      { kind: "paragraph", lines: [[{ kind: "text", text: "<script>alert(1)</script>" }], [{ kind: "text", text: '<img src=x onerror="alert(1)">' }]] },
    ]);
  });
});

describe("parseInline", () => {
  it("links, bold, bare URLs and e-mail addresses", () => {
    expect(parseInline("Kontakt: **Erika Muster**, [Website](https://kammer.example/info), info@kammer.example oder https://kammer.example/a.")).toEqual([
      { kind: "text", text: "Kontakt: " },
      { kind: "strong", text: "Erika Muster" },
      { kind: "text", text: ", " },
      { kind: "link", text: "Website", href: "https://kammer.example/info" },
      { kind: "text", text: ", " },
      { kind: "link", text: "info@kammer.example", href: "mailto:info@kammer.example" },
      { kind: "text", text: " oder " },
      { kind: "link", text: "https://kammer.example/a", href: "https://kammer.example/a" },
      { kind: "text", text: "." },
    ]);
    expect(parseInline("[Telefon](tel:+49301234) und [Datenschutz](/datenschutz)")).toEqual([
      { kind: "link", text: "Telefon", href: "tel:+49301234" },
      { kind: "text", text: " und " },
      { kind: "link", text: "Datenschutz", href: "/datenschutz" },
    ]);
  });

  it("dangerous link targets stay plain text", () => {
    for (const href of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.invalid", "/\\evil.invalid", "vbscript:x"]) {
      expect(parseInline(`[klick](${href})`)).toEqual([{ kind: "text", text: `[klick](${href})` }]);
    }
  });
});

describe("safeHref", () => {
  it.each([
    ["https://a.example/x?y=1", "https://a.example/x?y=1"],
    ["http://a.example", "http://a.example"],
    ["mailto:a@b.de", "mailto:a@b.de"],
    ["tel:+4930123", "tel:+4930123"],
    ["/impressum", "/impressum"],
    ["javascript:alert(1)", null],
    ["https//x", null],
    ["//evil", null],
    ["/\\evil", null],
    ["relative/path", null],
  ])("%j -> %j", (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});
