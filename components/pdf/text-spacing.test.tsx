import { describe, expect, it } from "vitest";
import { Document, Font, Page, Text, pdf } from "@react-pdf/renderer";
import layoutDocument from "@react-pdf/layout";
import { fontFamilies, preparePdfFonts } from "./fonts";

type Run = { glyphs: { codePoints: number[] }[]; positions: { xAdvance: number }[] };
type Node = { type: string; lines?: { runs: Run[] }[]; children?: Node[] };

const paragraph =
  "Schreiben Sie mit den Mitarbeitenden dort auf, welche Daten sie heute erfassen und wohin diese danach übertragen werden. Testen Sie dort vier Wochen lang ein Tablet mit einem einfachen digitalen Formular.";

/** The advance of every space in the laid-out lines of each text. */
async function spaceAdvances(widths: number[], align: "left" | "justify"): Promise<number[]> {
  await preparePdfFonts();
  const doc = (
    <Document>
      <Page size="A4" style={{ fontFamily: fontFamilies, fontSize: 9.5, padding: 20 }}>
        {widths.map((w) => (
          <Text key={w} style={{ width: w, textAlign: align, marginBottom: 4 }}>
            {paragraph}
          </Text>
        ))}
      </Page>
    </Document>
  );
  const instance = pdf(doc) as unknown as { container: { document: unknown } };
  const root = (await (layoutDocument as unknown as (d: unknown, f: unknown) => Promise<Node>)(instance.container.document, Font)) as Node;
  const out: number[] = [];
  const walk = (n: Node) => {
    for (const line of n.lines ?? [])
      for (const run of line.runs)
        run.glyphs.forEach((g, i) => {
          if (g.codePoints[0] === 0x20 && i < run.glyphs.length - 1) out.push(run.positions[i].xAdvance);
        });
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

describe("PDF text spacing", () => {
  it("never squeezes the word gaps of left-aligned text (our patch of @react-pdf/textkit)", async () => {
    const widths = Array.from({ length: 40 }, (_, i) => 120 + i * 7);
    const gaps = await spaceAdvances(widths, "left");
    expect(gaps.length).toBeGreaterThan(500);
    expect(Math.min(...gaps)).toBeCloseTo(Math.max(...gaps), 6);
  }, 30_000);

  it("still justifies justified text by changing its gaps", async () => {
    const gaps = await spaceAdvances([150, 190, 230], "justify");
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(0.5);
  }, 30_000);
});
