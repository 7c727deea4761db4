import { messagesByLocale } from "./server";
import type { Locale } from "../content/localize";

type Tree = { [k: string]: string | Tree };

const picked = new Map<string, Tree>();

/** The sub-trees of the locale's messages at the dotted paths ("people.settings"), merged; cached per locale and list. */
export function pickMessages(locale: Locale, paths: string[]): Tree {
  const key = `${locale}:${paths.join(",")}`;
  const hit = picked.get(key);
  if (hit) return hit;
  const out: Tree = {};
  for (const p of paths) {
    const parts = p.split(".");
    let src: string | Tree | undefined = messagesByLocale[locale] as unknown as Tree;
    for (const part of parts) src = typeof src === "object" ? src[part] : undefined;
    if (src === undefined) throw new Error(`unknown message namespace ${p}`);
    let dst = out;
    for (const part of parts.slice(0, -1)) dst = dst[part] = { ...((dst[part] as Tree | undefined) ?? {}) }; // copies: the catalogue is never written to
    dst[parts.at(-1)!] = src;
  }
  picked.set(key, out);
  return out;
}
