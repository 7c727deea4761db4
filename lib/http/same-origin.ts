/**
 * Cross-site writes: a browser sends `Origin` (and `Sec-Fetch-Site`) with every non-GET request; a
 * write from another origin, even of the same site, is refused, and a body must be JSON (a form or
 * `text/plain` POST, which needs no CORS preflight, never reaches a handler). Requests without
 * these headers do not come from a browser and carry no victim's cookie by accident.
 *
 * Pure: the route wrapper (handler.ts) and the server's front (autosave-front.ts) give the facts.
 */
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type OriginFacts = {
  method: string;
  header: (name: string) => string | null | undefined;
  /** the origins this server is reached at (its own, NEXTAUTH_URL's, the Host header's) */
  selfOrigins: ReadonlySet<string>;
};

/** Why the write is refused (the message key), or null when it may go on. */
export function crossSiteRefusal({ method, header, selfOrigins }: OriginFacts): "crossSite" | "jsonOnly" | null {
  if (!MUTATING.has(method)) return null;
  const site = header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return "crossSite";
  const origin = header("origin");
  if (origin && !selfOrigins.has(origin)) return "crossSite";
  if (method === "DELETE") return null;
  const type = (header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" ? null : "jsonOnly";
}

/**
 * The origins this server is reached at: the configured NEXTAUTH_URL's, and the Host header's with
 * the request's scheme ("http:" or "https:"); `also`: more (Next's own idea of the request's origin).
 */
export function selfOrigins(o: { protocol: string; host: string | null | undefined; configuredUrl: string | undefined; also?: string }): Set<string> {
  const set = new Set<string>(o.also ? [o.also] : []);
  if (o.configuredUrl) set.add(new URL(o.configuredUrl).origin);
  if (o.host) set.add(`${o.protocol}//${o.host}`);
  return set;
}
