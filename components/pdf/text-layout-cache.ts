import { Lru } from "@/lib/cache/lru";

/**
 * Laid-out text kept across documents. react-pdf lays out every Text node (shaping, line breaking,
 * justification) each time a page is measured, and a plan repeats most of its texts: headings,
 * labels and the catalogue's findings and measures are the same for every company. Text layout
 * and the garbage it leaves were the largest part of a plan's render time.
 *
 * Hooked in by our patch of @react-pdf/layout (patches/): its `layoutText` asks the font store's
 * `layoutTextCached(attributedString, container, options, run)` and otherwise calls `run()`.
 * react-pdf never changes laid-out lines after layout (page splits slice the list, drawing copies
 * the glyphs), so one result can serve every node with the same text, styles and box.
 *
 * The key is everything the layout reads: the text, each run's range and attributes (fonts by
 * identity) and the container's width, height, line limit and truncation. Text that flows around
 * exclusions, has inline images, a function among its attributes or its own hyphenation is laid
 * out afresh.
 */
export type TextRun = { start: number; end: number; attributes: Record<string, unknown> };
export type AttributedString = { string: string; runs: TextRun[] };
export type TextContainer = { x: number; y: number; width: number; height: number; maxLines?: number; truncateMode?: string; exclusions?: unknown[] };
export type TextLayoutOptions = { hyphenationPenalty?: number; hyphenationCallback?: unknown };
export type TextLayoutCache = {
  layout<T>(text: AttributedString, container: TextContainer, options: TextLayoutOptions, run: () => T): T;
  stats(): { hits: number; misses: number; uncached: number; entries: number };
};

/**
 * Laid-out texts kept per worker. A plan lays out ~500 distinct texts (~950 for both languages), most
 * of them the same in every plan; an entry holds ~15 KB (glyphs, positions), so the cache stays
 * below ~30 MB per worker. Least recently used texts (other companies' names) go first.
 */
export const TEXT_LAYOUT_CACHE_ENTRIES = 2000;

export function createTextLayoutCache(defaultHyphenation: () => unknown, max = TEXT_LAYOUT_CACHE_ENTRIES): TextLayoutCache {
  const lru = new Lru<string, unknown>(max);
  const objectIds = new WeakMap<object, number>();
  const attributeKeys = new WeakMap<object, string | null>();
  let nextId = 1;
  let hits = 0;
  let misses = 0;
  let uncached = 0;

  const idOf = (o: object) => {
    let id = objectIds.get(o);
    if (id === undefined) objectIds.set(o, (id = nextId++));
    return id;
  };

  /** The attributes as a string (fonts by identity), or null when they cannot be keyed. */
  const keyOfAttributes = (attrs: Record<string, unknown>): string | null => {
    const known = attributeKeys.get(attrs);
    if (known !== undefined) return known;
    let keyable = attrs.attachment === undefined;
    const key = JSON.stringify(attrs, (name, value: unknown) => {
      if (typeof value === "function" || typeof value === "symbol") keyable = false;
      if (name === "font" && Array.isArray(value)) return value.map((f: unknown) => (f && typeof f === "object" ? idOf(f) : null));
      return value;
    });
    const result = keyable ? key : null;
    attributeKeys.set(attrs, result);
    return result;
  };

  const keyOf = (text: AttributedString, c: TextContainer, o: TextLayoutOptions): string | null => {
    if (c.exclusions?.length || c.x !== 0 || c.y !== 0) return null;
    if (o.hyphenationCallback !== defaultHyphenation()) return null;
    let key = `${c.width}|${c.height}|${c.maxLines}|${c.truncateMode}|${o.hyphenationPenalty}|${text.string}`;
    for (const r of text.runs) {
      const attrs = keyOfAttributes(r.attributes);
      if (attrs === null) return null;
      key += `\u0000${r.start},${r.end},${attrs}`;
    }
    return key;
  };

  return {
    layout(text, container, options, run) {
      const key = keyOf(text, container, options);
      if (key === null) {
        uncached++;
        return run();
      }
      const hit = lru.get(key);
      if (hit !== undefined) {
        hits++;
        return hit as ReturnType<typeof run>;
      }
      misses++;
      const lines = run();
      lru.set(key, lines);
      return lines;
    },
    stats: () => ({ hits, misses, uncached, entries: lru.size }),
  };
}
