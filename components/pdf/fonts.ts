import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { Font } from "@react-pdf/renderer";
import { Lru } from "@/lib/cache/lru";
import { createTextLayoutCache, type TextLayoutCache } from "./text-layout-cache";

let registered = false;
let prepared: Promise<void> | null = null;

/**
 * The PDF's font family and its fallbacks, all embedded: react-pdf picks, per character, the first
 * family of `fontFamilies` that has a glyph for it (rarer Latin letters such as ł, ő, ş; Greek;
 * Cyrillic; Arabic; emoji). After the list react-pdf always tries Helvetica, a standard font that
 * is never embedded and cannot show any of these (an emoji became "=€" and overprinted the next
 * text). The last family, `PDF_FONT_LAST_RESORT`, claims every character, so Helvetica is never
 * reached: a character no font has is drawn as the embedded font's empty-box glyph.
 */
export const PDF_FONT = "Noto Sans";
export const PDF_FONT_EXT = "Noto Sans Ext";
export const PDF_FONT_LAST_RESORT = "Noto Sans Last Resort";

type FaceFile = { pkg: string; file: (weight: number) => string; weights: number[] };
const notoSans = (subset: string): FaceFile => ({ pkg: "noto-sans", file: (w) => `noto-sans-${subset}-${w}-normal.woff`, weights: [400, 700] });
/** family -> font files (WOFF 1.0 from @fontsource, converted to TTF once per process) */
const FAMILIES: ReadonlyArray<readonly [string, FaceFile]> = [
  [PDF_FONT, notoSans("latin")],
  [PDF_FONT_EXT, notoSans("latin-ext")],
  ["Noto Sans Greek", notoSans("greek")],
  ["Noto Sans Cyrillic", notoSans("cyrillic")],
  ["Noto Sans Vietnamese", notoSans("vietnamese")],
  ["Noto Sans Arabic", { pkg: "noto-sans-arabic", file: (w) => `noto-sans-arabic-arabic-${w}-normal.woff`, weights: [400, 700] }],
  ["Noto Emoji", { pkg: "noto-emoji", file: (w) => `noto-emoji-emoji-${w}-normal.woff`, weights: [400, 700] }],
  [PDF_FONT_LAST_RESORT, notoSans("latin")],
];
export const fontFamilies = FAMILIES.map(([family]) => family);

/**
 * WOFF 1.0 -> TrueType (sfnt). fontkit inflates every WOFF table again on each access, which made a
 * full plan cost seconds; the converted TTF is parsed once per process. The Latin subsets of Noto
 * Sans (from @fontsource/noto-sans) also shape far faster than the full 600 KB font.
 */
export function woffToTtf(woff: Buffer): Buffer {
  if (woff.toString("ascii", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    const tag = woff.toString("ascii", o, o + 4);
    const offset = woff.readUInt32BE(o + 4);
    const compLength = woff.readUInt32BE(o + 8);
    const origLength = woff.readUInt32BE(o + 12);
    const checksum = woff.readUInt32BE(o + 16);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.write(t.tag, o, "ascii");
    header.writeUInt32BE(t.checksum, o + 4);
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.data.length, o + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function ttfDataUrl(file: string): string {
  return `data:font/ttf;base64,${woffToTtf(readFileSync(file)).toString("base64")}`;
}

/** Noto Sans, embedded (subset) into every PDF. Once per process or worker thread. */
export function registerPdfFonts(root = process.cwd()): void {
  if (registered) return;
  for (const [family, face] of FAMILIES) {
    const dir = path.join(/*turbopackIgnore: true*/ root, "node_modules", "@fontsource", face.pkg, "files");
    Font.register({ family, fonts: face.weights.map((fontWeight) => ({ src: ttfDataUrl(path.join(dir, face.file(fontWeight))), fontWeight })) });
  }
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/** Shaped runs kept per font face: a plan shapes ~500 distinct strings, most of them catalogue texts. */
export const SHAPING_CACHE_ENTRIES = 4000;

type Glyph = { codePoints: number[] };
type Face = {
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
  layout(text: string, features?: unknown, script?: unknown, language?: unknown, direction?: unknown): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  unitsPerEm: number;
  __kmuTuned?: true;
};

/**
 * Makes a loaded font face cheaper for react-pdf's text layout, without changing any result:
 * - Shaping (fontkit's GSUB/GPOS lookups) was a fifth of a plan's render time, and the same strings
 *   come again and again: in the repeated layout passes of a page and in every plan that shares the
 *   catalogue's measures, findings and headings. `layout()` results are memoised by text and
 *   features, for react-pdf's text layout only: it always passes direction "ltr" and never changes
 *   a result (it copies the positions it scales). pdfkit's own text drawing (page stamps) passes
 *   no direction and scales positions in place, so it is not served from the cache.
 * - react-pdf asks every character "does this face have a glyph?" and reads `unitsPerEm` (a table
 *   lookup in fontkit) for each one; both answers are fixed per face and are kept.
 * It also repairs a fontkit cache that broke text extraction: fontkit keeps one glyph object per
 * glyph id with the code points it was first created with. Writing the font subset of a document
 * creates the components of composite glyphs (the "o" of "ö") without code points; when the next
 * document shapes a real "o", it got that cached glyph, and react-pdf wrote no Unicode mapping for
 * it: every "o" of every later PDF of that process was lost to copy, search and screen readers.
 */
export function tuneFace(font: Face): void {
  if (font.__kmuTuned) return;
  const layout = font.layout.bind(font);
  const shaped = new Lru<string, unknown>(SHAPING_CACHE_ENTRIES);
  font.layout = (text, features, script, language, direction) =>
    direction === "ltr" && script === undefined && language === undefined
      ? shaped.getOrSet(`${text}\u0000${features ? JSON.stringify(features) : ""}`, () => layout(text, features, script, language, direction))
      : layout(text, features, script, language, direction);
  const has = font.hasGlyphForCodePoint.bind(font);
  const glyphs = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (cp) => {
    let v = glyphs.get(cp);
    if (v === undefined) glyphs.set(cp, (v = has(cp)));
    return v;
  };
  Object.defineProperty(font, "unitsPerEm", { value: font.unitsPerEm, writable: false });
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
  font.__kmuTuned = true;
}

const store = Font as typeof Font & { layoutTextCached?: TextLayoutCache["layout"] };
let textLayout: TextLayoutCache | null = null;

/** Hits and misses of the text layout cache of this process or worker thread (null before the first document). */
export const textLayoutStats = () => textLayout?.stats() ?? null;

/**
 * Registers the fonts and loads every face now (instead of lazily inside the first layout), so the
 * faces can be tuned (`tuneFace`), and gives the font store the text layout cache that our patch of
 * @react-pdf/layout asks (`text-layout-cache.ts`). Once per process or worker thread.
 */
export function preparePdfFonts(root = process.cwd()): Promise<void> {
  registerPdfFonts(root);
  if (!textLayout) {
    const cache = createTextLayoutCache(() => Font.getHyphenationCallback());
    store.layoutTextCached = cache.layout;
    textLayout = cache;
  }
  prepared ??= (async () => {
    for (const family of fontFamilies)
      for (const fontWeight of [400, 700]) {
        await Font.load({ fontFamily: family, fontWeight });
        const data = Font.getFont({ fontFamily: family, fontWeight })?.data as Face | null | undefined;
        if (data && typeof data.layout === "function") {
          tuneFace(data);
          if (family === PDF_FONT_LAST_RESORT) data.hasGlyphForCodePoint = () => true;
        }
      }
  })();
  return prepared;
}
