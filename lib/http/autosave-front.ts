import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { FrontRoute } from "./front";
import { parseCookieHeader } from "./cookies";
import { crossSiteRefusal, selfOrigins } from "./same-origin";
import { apiSecurityHeaders } from "./security-headers";
import { sessionTokenFrom } from "../auth/session";
import { saveAnswersWithSession, saveGuestAnswersWithToken, type SaveResult } from "../assessments/save";
import { MAX_ANSWERS_BYTES, saveAnswersSchema, type SaveAnswersInput } from "../assessments/schemas";
import { getEnv } from "../env";

/**
 * Autosaves in the server's front (front.ts), outside Next: a member's
 * (`PUT /api/companies/<id>/assessments/<id>`, on the session cookie) and a workshop participant's
 * (`PUT /api/g/<token>/assessments/<id>`, on the link). Each: the same-origin rule, the body parsed
 * with the routes' schema, and the one UPDATE that checks the caller, permission and revision itself
 * (saveAnswersWithSession, saveGuestAnswersWithToken). Only a save that wrote is answered here, with
 * the route's answer and headers; whatever else (no or an ended session, a wrong or ended link, a
 * closed workshop, another company, a stale revision, bad answers, junk) declines, and the Next
 * route answers with its reason (and counts a wrong link against the token limit).
 */
function saveFront<P>(path: RegExp, toParams: (m: RegExpExecArray) => P, save: (params: P, cookie: string | undefined, input: SaveAnswersInput) => Promise<SaveResult | null>): FrontRoute<P> {
  return {
    match(method, pathname) {
      if (method !== "PUT") return null;
      const m = path.exec(pathname);
      return m ? toParams(m) : null;
    },
    maxBytes: MAX_ANSWERS_BYTES,
    async answer(params, { headers, encrypted, body }) {
      const header = headerOf(headers);
      if (crossSiteRefusal({ method: "PUT", header, selfOrigins: selfOrigins({ protocol: protocolOf(encrypted, header("x-forwarded-proto")), host: header("host"), configuredUrl: getEnv().NEXTAUTH_URL }) })) return null;
      let data: unknown;
      try {
        data = JSON.parse(body.toString("utf8"));
      } catch {
        return null;
      }
      const input = saveAnswersSchema.safeParse(data);
      if (!input.success) return null;
      const saved = await save(params, header("cookie"), input.data);
      if (!saved) return null;
      return {
        status: 200,
        headers: {
          "content-type": "application/json",
          "x-request-id": randomUUID(),
          ...Object.fromEntries(apiSecurityHeaders(Buffer.from(randomUUID()).toString("base64"))),
        },
        body: JSON.stringify(saved),
      };
    },
  };
}

export const autosaveFront = saveFront(
  /^\/api\/companies\/([a-z0-9]+)\/assessments\/([a-z0-9]+)$/,
  (m) => ({ companyId: m[1], assessmentId: m[2] }),
  async (p, cookie, input) => {
    const token = await sessionTokenFrom(parseCookieHeader(cookie));
    return token ? saveAnswersWithSession(token, p.companyId, p.assessmentId, input) : null;
  },
);

export const guestAutosaveFront = saveFront(
  /^\/api\/g\/([A-Za-z0-9_-]+)\/assessments\/([a-z0-9]+)$/,
  (m) => ({ token: m[1], assessmentId: m[2] }),
  (p, _cookie, input) => saveGuestAnswersWithToken(p.token, p.assessmentId, input),
);

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
