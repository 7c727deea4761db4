import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { collectStamps, markProps, renderDocument, stampProps, stampText } from "./render-document";
import { fontFamilies } from "./fonts";

const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-stamp-"));
const page = (file: string, n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], { encoding: "utf8" });

/** Three pages from one wrapping <Page>, a footer on each, a section that starts on the second page. */
function Sample() {
  const lines = Array.from({ length: 70 }, (_, i) => `Zeile ${i + 1} mit Umlauten: Größe, Prüfung`);
  return (
    <Document>
      <Page size="A6" style={{ fontFamily: fontFamilies, fontSize: 9, padding: 20, paddingBottom: 40 }}>
        <View style={{ flexDirection: "row" }}>
          <Text style={{ flex: 1 }}>Abschnitt B beginnt auf Seite</Text>
          <Text style={{ width: 30, textAlign: "right" }} {...stampProps("ref:b")} />
        </View>
        {lines.slice(0, 40).map((l) => <Text key={l}>{l}</Text>)}
        <View {...markProps("b")}>
          <Text style={{ fontWeight: 700 }}>Abschnitt B</Text>
        </View>
        {lines.slice(40).map((l) => <Text key={l}>{l}</Text>)}
        <View fixed style={{ position: "absolute", bottom: 15, left: 20, right: 20, flexDirection: "row", justifyContent: "space-between" }}>
          <Text>Fußzeile</Text>
          <Text style={{ width: 80, textAlign: "right" }} {...stampProps("page")} />
        </View>
      </Page>
    </Document>
  );
}

describe("renderDocument: page numbers and references drawn after layout", () => {
  it("prints 'Seite n von N' on every page and the page a marked section starts on", async () => {
    const file = path.join(dir, "sample.pdf");
    writeFileSync(file, await renderDocument(<Sample />, { pageLabel: (p, n) => `Seite ${p} von ${n}` }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= pages; n++) expect(page(file, n)).toMatch(new RegExp(`Fußzeile\\s+Seite ${n} von ${pages}`));
    const bPage = [...Array(pages).keys()].map((i) => i + 1).find((n) => /^\s*Abschnitt B\s*$/m.test(page(file, n)));
    expect(bPage).toBeGreaterThan(1);
    expect(page(file, 1)).toMatch(new RegExp(`Abschnitt B beginnt auf Seite\\s+${bPage}\\b`));
  }, 30_000);

  it("renders the same document twice in a row alike (no state left behind between renders)", async () => {
    const files = [path.join(dir, "a.pdf"), path.join(dir, "b.pdf")];
    for (const f of files) writeFileSync(f, await renderDocument(<Sample />, { pageLabel: (p, n) => `${p}/${n}` }));
    const text = (f: string) => execFileSync("pdftotext", ["-layout", f, "-"], { encoding: "utf8" });
    const fonts = (f: string) => execFileSync("pdffonts", [f], { encoding: "utf8" });
    expect(text(files[1])).toBe(text(files[0]));
    expect(text(files[0])).toMatch(/Fußzeile\s+1\/\d/);
    expect(fonts(files[1])).toBe(fonts(files[0]));
  }, 30_000);
});

describe("collectStamps / stampText", () => {
  const node = (type: string, box: [number, number, number, number], props: object = {}, children: object[] = []) => ({ type, box: { left: box[0], top: box[1], width: box[2], height: box[3] }, props, style: { fontSize: 8 }, children });

  it("adds up the boxes of the ancestors (children are placed relative to their parent)", () => {
    const pages = [
      node("PAGE", [0, 0, 595, 842], {}, [node("VIEW", [52, 790, 491, 20], {}, [node("TEXT", [300, 6, 120, 10], stampProps("page"))] as never)]),
      node("PAGE", [0, 0, 595, 842], {}, [node("VIEW", [52, 60, 400, 30], markProps("x"))]),
    ] as never;
    const { stamps, marks } = collectStamps(pages);
    expect(stamps).toEqual([expect.objectContaining({ page: 1, stamp: "page", x: 352, y: 796, width: 120 })]);
    expect(marks.get("x")).toBe(2);
  });

  it("prints page labels and references, and a dash for a mark that is missing", () => {
    const marks = new Map([["roadmap", 13]]);
    expect(stampText("page", 3, 19, marks, (p, n) => `Seite ${p} von ${n}`)).toBe("Seite 3 von 19");
    expect(stampText("page", 3, 19, marks, undefined)).toBe("3");
    expect(stampText("ref:roadmap", 2, 19, marks, undefined)).toBe("13");
    expect(stampText("ref:gone", 2, 19, marks, undefined)).toBe("–");
  });
});
