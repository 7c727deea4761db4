import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { clientNamespaces } from "./client-namespaces";
import { de, en } from "@/messages";

/**
 * Every translating client component gets its texts from the nearest ClientIntl: the one its page
 * renders itself, or else its segment's layout (the nearest layout.tsx above it that has one; a
 * nested one replaces its parent's). A namespace not passed shows raw keys at run time, which only
 * an e2e test of that very form would notice. This reads the sources: for each client component
 * that calls useTranslations, in app/ or (through the app files that import it) in components/,
 * the namespaces it translates with must be under one that each route file rendering it (page,
 * layout, not-found, error) passes, plus ClientIntl's base "form".
 */
const root = process.cwd();
const BASE = ["form"];
const ENTRY = /(^|\/)(page|layout|not-found|error|loading|template)\.tsx$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

const sources = new Map([...files(path.join(root, "app")), ...files(path.join(root, "components"))].map((f) => [f, readFileSync(f, "utf8")]));

/** What a client file translates with: `useTranslations("ns")`, or the literal keys of a root translator. */
function required(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) {
    if (m[1]) out.push(m[1]);
    else for (const k of src.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) if (k[1].includes(".")) out.push(k[1]);
  }
  return out;
}

/** The files an import specifier of `from` points at (only our own: "@/…" and relative). */
function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")].find((f) => sources.has(f));
}

function imports(file: string): string[] {
  const src = sources.get(file) ?? "";
  return [...src.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
    .map((m) => resolve(file, m[1] ?? m[2]))
    .filter((f): f is string => !!f);
}

const passed = (file: string) => /<ClientIntl namespaces=\{clientNamespaces\.(\w+)\}/.exec(readFileSync(file, "utf8"))?.[1] as keyof typeof clientNamespaces | undefined;

/** The namespaces of the nearest ClientIntl for a route file: its own, else a layout's above it (null: none). */
function layoutNamespaces(entry: string): { layout: string; namespaces: string[] } | null {
  const own = passed(entry);
  if (own) return { layout: path.relative(root, entry), namespaces: [...BASE, ...clientNamespaces[own]] };
  for (let dir = path.dirname(entry); dir.startsWith(path.join(root, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (!existsSync(layout) || layout === entry) continue;
    const part = passed(layout);
    if (part) return { layout: path.relative(root, layout), namespaces: [...BASE, ...clientNamespaces[part]] };
  }
  return null;
}

const covered = (ns: string, picked: string[]) => picked.some((p) => ns === p || ns.startsWith(`${p}.`));

describe("client message namespaces", () => {
  const appFiles = [...sources.keys()].filter((f) => f.startsWith(path.join(root, "app")));
  /** app file → every file it reaches through our own imports */
  const reach = new Map(
    appFiles.map((f) => {
      const seen = new Set<string>([f]);
      const todo = [f];
      while (todo.length) {
        for (const g of imports(todo.pop()!)) {
          if (seen.has(g) || g.startsWith(path.join(root, "app", "api"))) continue;
          seen.add(g);
          todo.push(g);
        }
      }
      return [f, seen];
    }),
  );

  it("finds the translating client components it checks", () => {
    const translating = [...sources].filter(([, s]) => s.includes('"use client"') && s.includes("useTranslations("));
    expect(translating.length).toBeGreaterThan(15);
  });

  it("every client component's namespaces are passed by the layout of each part that uses it", () => {
    const problems: string[] = [];
    for (const [file, src] of sources) {
      if (!src.includes('"use client"') || !src.includes("useTranslations(")) continue;
      const needs = required(src);
      const users = appFiles.filter((a) => ENTRY.test(a) && reach.get(a)!.has(file) && !a.includes(`${path.sep}api${path.sep}`));
      for (const user of users) {
        const l = layoutNamespaces(user);
        for (const ns of needs) {
          if (!l) problems.push(`${path.relative(root, file)} (used by ${path.relative(root, user)}) translates "${ns}", but no layout above passes client messages`);
          else if (!covered(ns, l.namespaces)) problems.push(`${path.relative(root, file)} (used by ${path.relative(root, user)}) translates "${ns}", not passed by ${l.layout}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("every namespace a part passes exists in both languages", () => {
    const has = (tree: unknown, p: string) => p.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), tree) !== undefined;
    for (const [part, list] of Object.entries(clientNamespaces)) for (const ns of [...BASE, ...list]) for (const tree of [de, en]) expect(has(tree, ns), `${part}: ${ns}`).toBe(true);
  });
});
