import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { de, en } from "@/messages";

/**
 * Next 16 proxy (formerly middleware): a fresh nonce per request for the Content-Security-Policy.
 * Next reads the nonce from the request's CSP header and puts it on its own inline scripts; pages
 * are rendered per request anyway (they read the session and locale cookies).
 *
 * A path with malformed percent-encoding (`/companies/%E0%A4%A`) is answered here with a 400: Next's
 * router cannot decode it, fails to render its 400 page and answers a plain-text 500 without our
 * headers.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const response = malformedPath(request.nextUrl.pathname) ? badPath(request) : next(request, nonce, csp);
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of staticSecurityHeaders) response.headers.set(k, v);
  return response;
}

function next(request: NextRequest, nonce: string, csp: string): NextResponse {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/** True when a path segment is not valid percent-encoded UTF-8. */
export function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function badPath(request: NextRequest): NextResponse {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const message = (locale === "en" ? en : de).errors.malformedPath;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "bad_request", message } }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  const home = locale === "en" ? "Home" : "Zur Startseite";
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>400 – KMU-Kompass</title></head><body><main><h1>400</h1><p>${message}</p><p><a href="/">${home}</a></p></main></body></html>`;
  return new NextResponse(html, { status: 400, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * Where the proxy runs. favicon.ico and the other files in public/ get the headers too; left out
 * are build assets and the autosave endpoints (the hottest requests; running the proxy cost a fair
 * share of each save): lib/http/handler.ts gives their answers the same headers. A path with a `%`
 * always comes here (the malformed-encoding check).
 */
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|api/companies/[a-z0-9]+/assessments/[a-z0-9]+$|api/g/[A-Za-z0-9_-]+/assessments/[a-z0-9]+$).*)" }],
};
