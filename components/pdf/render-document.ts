import type { ReactElement } from "react";
import { Font, pdf } from "@react-pdf/renderer";
import layoutDocumentTyped from "@react-pdf/layout";
import renderPdf from "@react-pdf/render";
import PDFDocument from "pdfkit";
import { preparePdfFonts } from "./fonts";

/**
 * Renders a react-pdf document to bytes: react-pdf's own steps (React tree -> layout -> pdfkit),
 * with two changes that make a full plan several times cheaper and keep memory flat.
 *
 * 1. Page numbers without relayout. A node with a `render` prop (react-pdf's way to print "page 3
 *    of 19") makes react-pdf lay out its whole page again, twice; with a footer on every page that
 *    was a third of the render time. Instead, text that depends on the final pages is *stamped*:
 *    the document marks a placeholder with `stampProps(...)` (an empty, sized Text) and section
 *    starts with `markProps(id)`; after layout we know every page, and the stamp's text is drawn
 *    into its box with pdfkit before the file is written. `page` stamps print `pageLabel(n, total)`,
 *    `ref:<id>` stamps the number of the page where mark <id> starts.
 * 2. No leak. `renderToBuffer` leaves its React root mounted, and the reconciler keeps every root in
 *    its list of scheduled roots: each render's fibre tree stayed reachable (~1.5 MB per plan).
 *    The root is unmounted after each render, and one turn of the event loop lets React drop it.
 *
 * Stays close to `@react-pdf/renderer`'s `pdf().toBuffer()` (same document options); the pinned
 * versions of @react-pdf/layout, @react-pdf/render and pdfkit are the renderer's own.
 */

const STAMP = "kmuStamp";
const MARK = "kmuMark";

/** Props for a placeholder Text whose content is drawn after layout ("page" or "ref:<mark id>"). */
export const stampProps = (stamp: "page" | `ref:${string}`) => ({ [STAMP]: stamp }) as object;
/** Props for the node where a section starts; `ref:<id>` stamps print the page it landed on. */
export const markProps = (id: string) => ({ [MARK]: id }) as object;

export type RenderOptions = { root?: string; pageLabel?: (page: number, total: number) => string };

type Box = { top: number; left: number; width: number; height: number };
type LaidOutNode = { type: string; props?: Record<string, unknown>; style?: Record<string, unknown>; box?: Box; children?: LaidOutNode[] };
type Stamp = { page: number; stamp: string; x: number; y: number; width: number; style: Record<string, unknown> };

/** Walks the laid-out pages: stamps with their absolute position, and the first page of each mark. */
export function collectStamps(pages: LaidOutNode[]): { stamps: Stamp[]; marks: Map<string, number> } {
  const stamps: Stamp[] = [];
  const marks = new Map<string, number>();
  const walk = (node: LaidOutNode, page: number, x: number, y: number) => {
    const bx = x + (node.box?.left ?? 0);
    const by = y + (node.box?.top ?? 0);
    const mark = node.props?.[MARK];
    if (typeof mark === "string" && !marks.has(mark)) marks.set(mark, page);
    const stamp = node.props?.[STAMP];
    if (typeof stamp === "string" && node.box) {
      const b = node.box as Box & { paddingLeft?: number; paddingRight?: number; paddingTop?: number };
      stamps.push({ page, stamp, x: bx + (b.paddingLeft ?? 0), y: by + (b.paddingTop ?? 0), width: b.width - (b.paddingLeft ?? 0) - (b.paddingRight ?? 0), style: node.style ?? {} });
      return;
    }
    // children are placed relative to their parent's box (react-pdf translates by it when drawing)
    for (const c of node.children ?? []) walk(c, page, bx, by);
  };
  pages.forEach((p, i) => walk(p, i + 1, 0, 0));
  return { stamps, marks };
}

/** The text a stamp prints. */
export function stampText(stamp: string, page: number, total: number, marks: Map<string, number>, pageLabel: RenderOptions["pageLabel"]): string {
  if (stamp === "page") return pageLabel ? pageLabel(page, total) : String(page);
  if (stamp.startsWith("ref:")) return String(marks.get(stamp.slice(4)) ?? "–");
  return "";
}

// typed with one parameter, but takes the font store as its second (as the renderer passes it)
const layoutDocument = layoutDocumentTyped as unknown as (doc: unknown, fontStore: unknown) => Promise<unknown>;

type Pdfkit = InstanceType<typeof PDFDocument> & { _root: { data: Record<string, unknown> }; _font: unknown; _fontSource: unknown; _fontFamily: unknown };

/**
 * react-pdf selects the font before every run of text, passing the fontkit face. pdfkit caches
 * fonts only by name, so each call built a new embedded font (and compared name tables as JSON)
 * before finding the one it already had: 5 % of a plan's render time. The first call per face
 * goes to pdfkit; later ones reuse its result.
 */
function memoiseFontSelection(ctx: Pdfkit): void {
  const select = ctx.font.bind(ctx) as (src: unknown, family?: unknown, size?: unknown) => Pdfkit;
  const embedded = new Map<object, unknown>();
  (ctx as unknown as { font: typeof select }).font = (src, family, size) => {
    if (typeof src !== "object" || src === null) return select(src, family, size);
    const known = embedded.get(src);
    if (known === undefined) {
      select(src, family, size);
      embedded.set(src, ctx._font);
      return ctx;
    }
    ctx._font = known;
    ctx._fontSource = src;
    ctx._fontFamily = typeof family === "string" ? family : null;
    const pt = typeof family === "number" ? family : size;
    if (typeof pt === "number") ctx.fontSize(pt);
    return ctx;
  };
}

function drawStamps(ctx: Pdfkit, pages: LaidOutNode[], opts: RenderOptions) {
  const { stamps, marks } = collectStamps(pages);
  for (const s of stamps) {
    const text = stampText(s.stamp, s.page, pages.length, marks, opts.pageLabel);
    if (!text) continue;
    const family = Array.isArray(s.style.fontFamily) ? s.style.fontFamily[0] : s.style.fontFamily;
    const face = Font.getFont({ fontFamily: String(family ?? "Helvetica"), fontWeight: Number(s.style.fontWeight ?? 400) as 400 });
    const size = Number(s.style.fontSize ?? 12);
    ctx.switchToPage(s.page - 1);
    ctx.save();
    ctx.font(face?.data as never, size);
    ctx.fillColor(String(s.style.color ?? "#000000"), Number(s.style.opacity ?? 1));
    const w = ctx.widthOfString(text);
    const align = s.style.textAlign;
    const dx = align === "right" ? s.width - w : align === "center" ? (s.width - w) / 2 : 0;
    ctx.text(text, s.x + dx, s.y, { lineBreak: false });
    ctx.restore();
  }
}

export async function renderDocument(element: ReactElement, opts: RenderOptions = {}): Promise<Buffer> {
  await preparePdfFonts(opts.root);
  const instance = pdf(element as Parameters<typeof pdf>[0]);
  try {
    const doc = (instance as unknown as { container: { document: { props?: Record<string, unknown> } } }).container.document;
    const props = (doc.props ?? {}) as Record<string, string | undefined>;
    const ctx = new PDFDocument({
      compress: true,
      pdfVersion: "1.7",
      lang: props.language,
      displayTitle: true,
      autoFirstPage: false,
      bufferPages: true,
      info: Object.fromEntries(
        Object.entries({ Title: props.title, Author: props.author, Subject: props.subject, Keywords: props.keywords, Creator: props.creator, Producer: props.producer, CreationDate: new Date() }).filter(([, v]) => v !== undefined),
      ),
    }) as Pdfkit;
    memoiseFontSelection(ctx);
    if (props.pageMode) ctx._root.data.PageMode = props.pageMode[0].toUpperCase() + props.pageMode.slice(1);
    const layout = (await layoutDocument(doc, Font)) as LaidOutNode;
    const pages = layout.children ?? [];
    // react-pdf ends the document after drawing the last page: draw the stamps just before that
    const end = ctx.end.bind(ctx);
    ctx.end = () => {
      drawStamps(ctx, pages, opts);
      end();
    };
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      ctx.on("data", (c: Buffer) => chunks.push(c));
      ctx.on("end", () => resolve(Buffer.concat(chunks)));
      ctx.on("error", reject);
    });
    renderPdf(ctx as never, layout as never);
    return await done;
  } finally {
    instance.updateContainer(null as unknown as Parameters<typeof instance.updateContainer>[0]);
    await new Promise((r) => setImmediate(r));
  }
}
