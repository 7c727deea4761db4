import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { FrontRoute } from "./front";
import { parseCookieHeader } from "./cookies";
import { crossSiteRefusal, selfOrigins } from "./same-origin";
import { apiSecurityHeaders } from "./security-headers";
import { sessionTokenFrom } from "../auth/session";
import { saveAnswersWithSession } from "../assessments/save";
import { MAX_ANSWERS_BYTES, saveAnswersSchema } from "../assessments/schemas";
import { getEnv } from "../env";

/**
 * A member's autosave (`PUT /api/companies/<id>/assessments/<id>`) in the server's front
 * (front.ts), outside Next: the same-origin rule, the session cookie decoded, the body parsed with
 * the route's schema, and the one UPDATE that checks the session row, membership, permission and
 * revision itself (saveAnswersWithSession). Only a save that wrote is answered here, with the
 * route's answer and headers; whatever else (no or an ended session, another company, a stale
 * revision, bad answers, junk) declines, and the Next route answers with its reason.
 */
const PATH = /^\/api\/companies\/([a-z0-9]+)\/assessments\/([a-z0-9]+)$/;

type Params = { companyId: string; assessmentId: string };

export const autosaveFront: FrontRoute<Params> = {
  match(method, pathname) {
    if (method !== "PUT") return null;
    const m = PATH.exec(pathname);
    return m ? { companyId: m[1], assessmentId: m[2] } : null;
  },
  maxBytes: MAX_ANSWERS_BYTES,
  async answer(params, { headers, encrypted, body }) {
    const header = headerOf(headers);
    if (crossSiteRefusal({ method: "PUT", header, selfOrigins: selfOrigins({ protocol: protocolOf(encrypted, header("x-forwarded-proto")), host: header("host"), configuredUrl: getEnv().NEXTAUTH_URL }) })) return null;
    const token = await sessionTokenFrom(parseCookieHeader(header("cookie")));
    if (!token) return null;
    let data: unknown;
    try {
      data = JSON.parse(body.toString("utf8"));
    } catch {
      return null;
    }
    const input = saveAnswersSchema.safeParse(data);
    if (!input.success) return null;
    const saved = await saveAnswersWithSession(token, params.companyId, params.assessmentId, input.data);
    if (!saved) return null;
    const requestId = randomUUID();
    return {
      status: 200,
      headers: {
        "content-type": "application/json",
        "x-request-id": requestId,
        ...Object.fromEntries(apiSecurityHeaders(Buffer.from(randomUUID()).toString("base64"))),
      },
      body: JSON.stringify(saved),
    };
  },
};

function headerOf(headers: IncomingHttpHeaders) {
  return (name: string): string | undefined => {
    const v = headers[name];
    return Array.isArray(v) ? v.join(", ") : v;
  };
}

/** The request's scheme as Next reads it for `nextUrl` (router-utils/resolve-routes.js): TLS, or a proxy's `X-Forwarded-Proto`. */
function protocolOf(encrypted: boolean, forwardedProto: string | undefined): "https:" | "http:" {
  return encrypted || forwardedProto?.includes("https") ? "https:" : "http:";
}
