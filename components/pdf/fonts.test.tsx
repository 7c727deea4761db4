import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Document, Page, Text } from "@react-pdf/renderer";
import { fontFamilies, woffToTtf } from "./fonts";
import { renderDocument } from "./render-document";

// its own file: the font faces are process-wide, and the first document of the process matters here
const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-fonts-"));
const doc = (lines: string[]) => (
  <Document>
    <Page size="A4" style={{ fontFamily: fontFamilies, padding: 20 }}>
      {lines.map((l) => (
        <Text key={l}>{l}</Text>
      ))}
      <Text style={{ fontWeight: 700 }}>{lines[0]}</Text>
    </Page>
  </Document>
);
const text = async (lines: string[]) => {
  const file = path.join(dir, `${lines[0].slice(0, 8)}.pdf`);
  writeFileSync(file, await renderDocument(doc(lines)));
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
};

describe("PDF fonts", () => {
  it("keeps every letter extractable in later PDFs after one with umlauts only (fontkit glyph cache)", async () => {
    // no plain a, o, u, A, O, U here: writing this subset creates them as components of ä, ö, ü, Ä, Ö, Ü
    expect(await text(["Größe, Übermaß, Ärger, Öffnungszeit: Büro", "Grüße"])).toContain("Größe, Übermaß, Ärger, Öffnungszeit: Büro");
    const later = await text(["Wo Ihr Unternehmen heute steht", "Organisation, Abläufe und Kooperation"]);
    expect(later).toContain("Wo Ihr Unternehmen heute steht");
    expect(later).toContain("Organisation, Abläufe und Kooperation");
  }, 30_000);

  it("embeds a fallback for every character a user can type (emoji, Greek, Cyrillic, Turkish, Polish, Arabic): never Helvetica", async () => {
    const lines = ["Müller 🚀 GmbH 👩‍🔧 ❤️", "Ελληνική Εταιρεία", "ООО Ромашка", "Şahin Ğıda Ltd. Şti.", "Łódź Żółć sp. z o.o.", "شركة النور", "Việt Nam", "日本語 ☃ \u{10FFFF}"];
    const file = path.join(dir, "scripts.pdf");
    writeFileSync(file, await renderDocument(doc(lines)));
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(5);
    for (const row of fonts) {
      expect(row, row).not.toMatch(/Helvetica/);
      expect(row.split(/\s+/).slice(-5, -4)[0], `embedded: ${row}`).toBe("yes");
    }
    expect(fonts.join("\n")).toMatch(/NotoEmoji/);
    expect(fonts.join("\n")).toMatch(/NotoSansArabic/);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    for (const word of ["Ελληνική", "Ромашка", "Şahin", "Ğıda", "Łódź", "Żółć", "Müller", "GmbH", "🚀"]) expect(text).toContain(word);
  }, 60_000);

  it("rejects a file that is not WOFF 1.0", () => {
    expect(() => woffToTtf(Buffer.from("not a font at all, just text"))).toThrow(/WOFF/);
  });
});
