/**
 * `Content-Disposition: attachment` for a file name that may hold umlauts or other letters (RFC 6266):
 * `filename*` carries the name in UTF-8 (browsers use it), `filename` an ASCII fallback for old clients
 * (ä -> ae, ß -> ss, anything else outside ASCII dropped). Characters that do not belong in a file
 * name (path separators, quotes, control characters) become "-". Pure.
 */
export function attachmentDisposition(name: string, ext: string): string {
  const clean = name
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}/\\:*?"<>|;,]+/gu, "-")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  const base = [...(clean || "download")].slice(0, 80).join("");
  const ascii = asciiFallback(base) || "download";
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeRfc5987(`${base}.${ext}`)}`;
}

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

function asciiFallback(s: string): string {
  return s
    .replace(/[äöüÄÖÜß]/g, (c) => GERMAN[c])
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** RFC 5987 value characters: unreserved plus a few; everything else percent-encoded UTF-8. */
function encodeRfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
