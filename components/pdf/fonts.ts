import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { Font } from "@react-pdf/renderer";

let registered = false;

/** The PDF's font family; `fontFamilies` also lists the fallback for rarer Latin letters (ł, ő, ş, ...). */
export const PDF_FONT = "Noto Sans";
export const PDF_FONT_EXT = "Noto Sans Ext";
export const fontFamilies = [PDF_FONT, PDF_FONT_EXT];

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
  const dir = path.join(/*turbopackIgnore: true*/ root, "node_modules", "@fontsource", "noto-sans", "files");
  const src = (subset: string, weight: number) => ttfDataUrl(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
  Font.register({ family: PDF_FONT, fonts: [{ src: src("latin", 400), fontWeight: 400 }, { src: src("latin", 700), fontWeight: 700 }] });
  Font.register({ family: PDF_FONT_EXT, fonts: [{ src: src("latin-ext", 400), fontWeight: 400 }, { src: src("latin-ext", 700), fontWeight: 700 }] });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
