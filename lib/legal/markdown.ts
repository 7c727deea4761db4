/**
 * A tiny, safe Markdown subset for the operator's legal pages (Impressum, Datenschutzerklärung).
 * Pure: text in, plain data out; the page renders the data as React elements, so nothing in the
 * file can become HTML (a `<script>` stays visible text).
 *
 *   # Heading, ## Subheading, ### Minor heading   (shown one level below the page's own title)
 *   - item / * item                               (a bulleted list)
 *   blank line                                    (new paragraph; single line breaks are kept,
 *                                                  so an address can be written line by line)
 *   **bold**, [text](https://…), [text](mailto:…), [text](tel:…), [text](/path)
 *   bare https://… addresses and e-mail addresses become links
 *
 * A plain-text file is valid input: it becomes paragraphs and lines.
 */
export type Inline = { kind: "text"; text: string } | { kind: "strong"; text: string } | { kind: "link"; text: string; href: string };
export type Line = Inline[];
export type Block =
  | { kind: "heading"; level: 2 | 3 | 4; content: Line }
  | { kind: "paragraph"; lines: Line[] }
  | { kind: "list"; items: Line[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*[-*]\s+(.*)$/;

export function parseLegalMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Line[] | null = null;
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ kind: "paragraph", lines: paragraph });
    if (list) blocks.push({ kind: "list", items: list.map(parseInline) });
    paragraph = null;
    list = null;
  };
  for (const rawLine of source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/\s+$/, "");
    if (line.trim() === "") {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = Math.min(heading[1].length + 1, 4) as 2 | 3 | 4;
      blocks.push({ kind: "heading", level, content: parseInline(heading[2]) });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      if (paragraph) flush();
      list ??= [];
      list.push(item[1]);
      continue;
    }
    if (list && /^\s{2,}\S/.test(rawLine)) {
      // an indented continuation of the last list item
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph ??= [];
    paragraph.push(parseInline(line.trim()));
  }
  flush();
  return blocks;
}

// [text](href) | **bold** | bare URL | e-mail address
const INLINE = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+)\*\*|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?"'])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

export function parseInline(text: string): Line {
  const out: Line = [];
  const push = (part: Inline) => {
    const prev = out[out.length - 1];
    if (part.kind === "text" && prev?.kind === "text") prev.text += part.text;
    else if (part.kind !== "text" || part.text) out.push(part);
  };
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    push({ kind: "text", text: text.slice(at, m.index) });
    at = m.index + m[0].length;
    if (m[1] !== undefined) {
      const href = safeHref(m[2]);
      push(href ? { kind: "link", text: m[1], href } : { kind: "text", text: m[0] });
    } else if (m[3] !== undefined) {
      push({ kind: "strong", text: m[3] });
    } else if (m[4] !== undefined) {
      push({ kind: "link", text: m[4], href: m[4] });
    } else {
      push({ kind: "link", text: m[5], href: `mailto:${m[5]}` });
    }
  }
  push({ kind: "text", text: text.slice(at) });
  return out;
}

/** Only web, mail and phone links and paths on this site; anything else (javascript:, data:, //host) stays text. */
export function safeHref(href: string): string | null {
  if (/^(https?:\/\/|mailto:|tel:)/i.test(href)) {
    try {
      const url = new URL(href);
      return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol) ? href : null;
    } catch {
      return null;
    }
  }
  if (/^\/(?![/\\])/.test(href) && !/[\\\u0000-\u001f]/.test(href)) return href;
  return null;
}
