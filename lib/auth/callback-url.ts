/** Where a sign-in goes when the requested target is missing or not a path on this site. */
export const DEFAULT_CALLBACK_PATH = "/companies";

const BASE = "http://callback.invalid";
const MAX_LENGTH = 2048;
// C0 controls, DEL, and the C1 range: browsers strip tabs and newlines from URLs before parsing,
// so "/\t/evil.example" becomes "//evil.example" (another host).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The path to follow after sign-in: only a path on this site, never another origin. Anything
 * else (other hosts, protocol-relative `//host`, backslash tricks like `/\host` that browsers read as
 * `//host`, control characters, malformed encoding, non-strings) gives DEFAULT_CALLBACK_PATH.
 *
 * `origin` (e.g. next-auth's baseUrl) additionally allows absolute URLs of this very origin; they
 * are returned as their path. The check runs on the value as given and on each of up to three
 * percent-decodings, so a consumer that decodes once more still sees a same-origin path. The
 * result is the path as the WHATWG URL parser (the browser's) normalises it.
 */
export function safeCallbackPath(raw: unknown, origin?: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return DEFAULT_CALLBACK_PATH;
  let value = raw;
  if (origin && !raw.startsWith("/")) {
    const own = originOf(origin);
    const url = parse(raw);
    if (!own || !url || url.origin !== own || !/^https?:\/\//i.test(raw)) return DEFAULT_CALLBACK_PATH;
    value = url.pathname + url.search + url.hash;
  }
  let candidate = value;
  for (let i = 0; i < 4; i++) {
    if (!isSamePath(candidate)) return DEFAULT_CALLBACK_PATH;
    let decoded: string;
    try {
      decoded = decodeURIComponent(candidate);
    } catch {
      return DEFAULT_CALLBACK_PATH;
    }
    if (decoded === candidate) break;
    candidate = decoded;
  }
  const url = parse(value)!;
  const path = url.pathname + url.search + url.hash;
  return isSamePath(path) ? path : DEFAULT_CALLBACK_PATH;
}

/** A string that starts with exactly one "/" and resolves to our origin when read by a browser. */
function isSamePath(s: string): boolean {
  if (CONTROL.test(s) || !s.startsWith("/") || s[1] === "/" || s[1] === "\\") return false;
  const pathPart = s.split(/[?#]/, 1)[0];
  if (pathPart.includes("\\")) return false;
  const url = parse(s);
  return url !== null && url.origin === BASE;
}

function parse(s: string): URL | null {
  try {
    return new URL(s, BASE);
  } catch {
    return null;
  }
}

function originOf(s: string): string | null {
  try {
    return new URL(s).origin;
  } catch {
    return null;
  }
}
