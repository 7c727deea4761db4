/**
 * A Cookie request header as name/value pairs, read as Next's `cookies()` reads it
 * (@edge-runtime/cookies): `; `-separated, values percent-decoded, a pair whose value does not
 * decode left out, a later pair of the same name winning. For code outside a Next request.
 */
export function parseCookieHeader(header: string | undefined): Array<{ name: string; value: string }> {
  const map = new Map<string, string>();
  for (const pair of (header ?? "").split(/; */)) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    if (at === -1) {
      map.set(pair, "true");
      continue;
    }
    try {
      map.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      // not percent-encoded UTF-8: as if not sent
    }
  }
  return [...map].map(([name, value]) => ({ name, value }));
}
