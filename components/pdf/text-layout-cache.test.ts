import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Font } from "@react-pdf/renderer";
import { loadContent } from "@/lib/content/load";
import { ContentRegistry } from "@/lib/content/registry";
import { parseCompanyExport } from "@/lib/export/schema";
import { buildPlanView } from "@/lib/report/plan-view";
import { preparePdfFonts, textLayoutStats } from "./fonts";
import { planViewLabels } from "./plan/text";
import { renderPlanPdf } from "./render-plan";
import { createTextLayoutCache, type AttributedString, type TextContainer } from "./text-layout-cache";

const hyphenate = () => [];
const font = { name: "Noto" };
const otherFont = { name: "Noto Bold" };
const text = (s: string, attrs: Record<string, unknown> = {}): AttributedString => ({ string: s, runs: [{ start: 0, end: s.length, attributes: { font: [font, null], fontSize: 10, color: "#111", ...attrs } }] });
const box = (width = 200, extra: Partial<TextContainer> = {}): TextContainer => ({ x: 0, y: 0, width, height: Infinity, ...extra });
const options = { hyphenationCallback: hyphenate };

describe("text layout cache", () => {
  it("reuses a layout only for the same text, attributes, fonts and box", () => {
    const cache = createTextLayoutCache(() => hyphenate);
    let runs = 0;
    const layout = (t: AttributedString, c: TextContainer) => cache.layout(t, c, options, () => ({ lines: ++runs }));
    const first = layout(text("Digitale Reife"), box());
    expect(layout(text("Digitale Reife"), box())).toBe(first); // new but equal objects: a hit
    layout(text("Digitale Reife", { color: "#c00" }), box());
    layout(text("Digitale Reife", { font: [otherFont, null] }), box());
    layout(text("Digitale Reife"), box(180));
    layout(text("Digitale Reife"), box(200, { maxLines: 1 }));
    layout(text("Digitale Reife!"), box());
    expect(runs).toBe(6);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 6, uncached: 0, entries: 6 });
  });

  it("lays out afresh what it cannot key: exclusions, inline images, functions, own hyphenation", () => {
    const cache = createTextLayoutCache(() => hyphenate);
    let runs = 0;
    const run = () => ++runs;
    for (let i = 0; i < 2; i++) {
      cache.layout(text("a"), box(200, { exclusions: [{ type: "rect" }] }), options, run);
      cache.layout(text("b", { attachment: { width: 10, height: 10, image: new Uint8Array(4) } }), box(), options, run);
      cache.layout(text("c", { onRender: () => undefined }), box(), options, run);
      cache.layout(text("d"), box(), { hyphenationCallback: () => ["d"] }, run);
    }
    expect(runs).toBe(8);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, uncached: 8, entries: 0 });
  });

  it("keeps no more entries than its size, dropping the least recently used", () => {
    const cache = createTextLayoutCache(() => hyphenate, 2);
    let runs = 0;
    const layout = (s: string) => cache.layout(text(s), box(), options, () => ++runs);
    layout("a");
    layout("b");
    layout("a"); // a is now the most recent
    layout("c"); // drops b
    layout("a");
    layout("b");
    expect(runs).toBe(4);
    expect(cache.stats().entries).toBe(2);
  });

  it("gives plans byte for byte the PDF that react-pdf's own layout gives (the patch is applied and used)", async () => {
    const registry = new ContentRegistry(loadContent());
    const exp = parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8")));
    const now = new Date("2026-11-22T10:00:00Z");
    const de = buildPlanView(exp, registry, "de", now, planViewLabels("de"));
    const en = buildPlanView({ ...exp, company: { ...exp.company, name: "Zweiter Betrieb GmbH" } }, registry, "en", now, planViewLabels("en"));
    // the creation date (in the info and the XMP metadata) and the file ID differ between any two renders
    const comparable = (pdf: Buffer) =>
      pdf
        .toString("latin1")
        .replace(/\(D:\d{14}Z\)/g, "(D)")
        .replace(/<xmp:CreateDate>[^<]*/g, "")
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, "/ID");

    await preparePdfFonts();
    const store = Font as unknown as { layoutTextCached?: unknown };
    const hook = store.layoutTextCached;
    expect(hook).toBeTypeOf("function");
    store.layoutTextCached = undefined;
    const plain = [comparable(await renderPlanPdf(de)), comparable(await renderPlanPdf(en))];
    store.layoutTextCached = hook;

    const before = textLayoutStats()!;
    // each plan twice: the second reuses its own layouts, and the first reuses the other plan's
    const cached = [await renderPlanPdf(en), await renderPlanPdf(de), await renderPlanPdf(en), await renderPlanPdf(de)].map(comparable);
    const after = textLayoutStats()!;
    expect(cached[1]).toBe(plain[0]);
    expect(cached[3]).toBe(plain[0]);
    expect(cached[0]).toBe(plain[1]);
    expect(cached[2]).toBe(plain[1]);
    expect(after.hits - before.hits).toBeGreaterThan(1000);
    expect(after.uncached).toBe(before.uncached); // every text of a plan can be keyed
  }, 60_000);
});
