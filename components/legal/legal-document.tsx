import type { Block, Line } from "@/lib/legal/markdown";

/** Renders the parsed legal text as plain React elements: no HTML from the file ever reaches the page. */
export function LegalDocument({ blocks }: { blocks: Block[] }) {
  return (
    <div className="space-y-4 leading-relaxed text-slate-800">
      {blocks.map((b, i) => {
        if (b.kind === "heading") {
          const H = `h${b.level}` as const;
          const size = b.level === 2 ? "text-xl" : b.level === 3 ? "text-lg" : "text-base";
          return (
            <H key={i} className={`${size} pt-2 font-bold text-slate-900`}>
              <LineView line={b.content} />
            </H>
          );
        }
        if (b.kind === "list") {
          return (
            <ul key={i} className="list-disc space-y-1 pl-6">
              {b.items.map((item, j) => (
                <li key={j}>
                  <LineView line={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i}>
            {b.lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                <LineView line={line} />
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}

function LineView({ line }: { line: Line }) {
  return (
    <>
      {line.map((part, i) => {
        if (part.kind === "strong") return <strong key={i}>{part.text}</strong>;
        if (part.kind === "link") {
          const external = /^https?:/i.test(part.href);
          return (
            <a key={i} href={part.href} className="break-words font-medium text-brand-700 underline" {...(external ? { rel: "noopener noreferrer" } : {})}>
              {part.text}
            </a>
          );
        }
        return <span key={i}>{part.text}</span>;
      })}
    </>
  );
}
