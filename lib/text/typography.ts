/**
 * Typography for printed text. German abbreviations with an inner space ("z. B.", "d. h.",
 * "u. a.", "i. d. R.", "o. Ä.") must not break across lines: a line that ends in "z." reads as a
 * mistake. The space inside them becomes a no-break space (U+00A0); text extraction still finds
 * the words. Only a single letter with a full stop followed by another such letter counts, so
 * sentence ends ("… Büro. Wir …") and numbers ("Nr. 5") stay as they are.
 */
const INNER_SPACE = /(?<![\p{L}\p{N}])(\p{L}\.) (?=\p{L}\.)/gu;

export function keepAbbreviationsTogether(text: string): string {
  return text.includes(". ") ? text.replace(INNER_SPACE, "$1\u00a0") : text;
}

/** A copy of a JSON-like value with `f` applied to every string in it (keys stay as they are). */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}
