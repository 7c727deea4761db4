/**
 * The one place of truth for the security headers. proxy.ts sets them on every response it sees
 * (pages and API routes); static build assets under /_next/static carry only Next's own headers.
 *
 * Content-Security-Policy: scripts only from our origin and with the per-request nonce that Next
 * puts on its own inline bootstrap scripts ('strict-dynamic' lets those load the chunks). No
 * third-party host anywhere. style-src needs 'unsafe-inline': React `style={…}` attributes and
 * SurveyJS set inline styles (progress bars, matrix widths), which nonces cannot cover.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join("; ");
}

export const staticSecurityHeaders: ReadonlyArray<readonly [string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "same-origin"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
];

/** The headers for an API answer that proxy.ts does not see (a fresh nonce, though no script runs in JSON). */
export function apiSecurityHeaders(nonce: string): Array<[string, string]> {
  return [["Content-Security-Policy", contentSecurityPolicy(nonce)], ...staticSecurityHeaders.map(([k, v]) => [k, v] as [string, string])];
}

/**
 * The paths proxy.ts leaves out (its matcher, a literal Next reads at build time, says the same;
 * proxy.test.ts checks that both agree): the autosave endpoints, whose answers get the headers from
 * the route wrapper (lib/http/handler.ts) instead.
 */
const PROXY_SKIPS = [/^\/api\/companies\/[a-z0-9]+\/assessments\/[a-z0-9]+$/, /^\/api\/g\/[A-Za-z0-9_-]+\/assessments\/[a-z0-9]+$/];

export function proxySkips(pathname: string): boolean {
  return PROXY_SKIPS.some((r) => r.test(pathname));
}
