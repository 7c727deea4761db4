import { z } from "zod";

/**
 * The one rule for text a user sends (names, answers, plan fields): no NUL or other C0 control
 * character except tab, line feed and carriage return, and no lone UTF-16 surrogate. PostgreSQL
 * refuses NUL in text and jsonb and surrogates without their pair in jsonb, so such input used to end
 * in a 500; it is junk in any case (no keyboard types it). Every zod text schema uses `cleanText`,
 * and JSON values of free shape (answers) are walked with `allTextClean`. Pure.
 */
export const CLEAN_TEXT_MESSAGE = "invalidCharacters";

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isCleanText(s: string): boolean {
  return !CONTROL.test(s) && !LONE_SURROGATE.test(s);
}

/** A string schema with the clean-text rule; chain `.trim()`, `.min()`, `.max()` after it as usual. */
export function cleanText() {
  return z.string().refine(isCleanText, { message: CLEAN_TEXT_MESSAGE, abort: true });
}

/** True when every string in a JSON-like value (keys included) is clean; depth-bounded. */
export function allTextClean(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isCleanText(value);
  if (value === null || typeof value !== "object") return true;
  if (depth > 32) return false;
  if (Array.isArray(value)) return value.every((v) => allTextClean(v, depth + 1));
  return Object.entries(value).every(([k, v]) => isCleanText(k) && allTextClean(v, depth + 1));
}
