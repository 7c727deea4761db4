import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/**
 * The front of the production server (scripts/serve.mjs): a request that one of the `FrontRoute`s
 * matches is answered here, before Next.js, when the route can answer it with a success; anything
 * else (no match, a refusal, a bad body, an error) goes on to Next's request handler unchanged,
 * with the body it has already read put back into the request. So the front only ever saves work,
 * never decides differently: every refusal keeps the answer, the order of the checks and the error
 * scheme of the Next route.
 *
 * Why: on the autosave path a route handler inside Next costs more CPU than the whole save (Next's
 * request objects, web streams, abort signals, async context), measured in bench/README.md.
 *
 * Pure node:http; the routes are given (lib/http/autosave-front.ts).
 */

export type FrontAnswer = { status: number; headers: Record<string, string>; body: string };

export type FrontRoute<P> = {
  /** the route's parameters when method and path are this route's, else null */
  match(method: string, pathname: string): P | null;
  /** a body larger than this goes to Next (which answers 413) */
  maxBytes: number;
  /** the success answer, or null when the route declines (Next then answers) */
  answer(params: P, request: { headers: IncomingHttpHeaders; encrypted: boolean; body: Buffer }): Promise<FrontAnswer | null>;
};

export type Front = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of routes with different parameter types
export function createFront(routes: ReadonlyArray<FrontRoute<any>>, onError: (e: unknown) => void = () => undefined): Front {
  return (req, res, next) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    for (const route of routes) {
      const params = route.match(req.method ?? "", pathname);
      if (params === null) continue;
      // only a body of a stated length (what browsers send) within the limit; the rest is Next's (413, chunked)
      const stated = req.headers["content-length"];
      if (!stated || !/^\d{1,9}$/.test(stated) || Number(stated) > route.maxBytes) return next();
      readBody(req).then(
        async (chunks) => {
          const body = Buffer.concat(chunks);
          const answer = await route.answer(params, { headers: req.headers, encrypted: isEncrypted(req), body }).catch((e: unknown) => {
            onError(e);
            return null;
          });
          if (!answer) {
            putBack(req, chunks);
            return next();
          }
          res.writeHead(answer.status, { ...answer.headers, "content-length": String(Buffer.byteLength(answer.body)) });
          res.end(answer.body);
        },
        () => {
          // the client went away (or the socket failed) while the body came: no one to answer
          if (!res.destroyed) res.destroy();
        },
      ).catch((e: unknown) => {
        onError(e);
        if (!res.destroyed) res.destroy();
      });
      return;
    }
    next();
  };
}

function isEncrypted(req: IncomingMessage): boolean {
  return !!(req.socket as { encrypted?: boolean } | undefined)?.encrypted;
}

/** The whole body (its length is stated and bounded); rejects when the request breaks off. */
function readBody(req: IncomingMessage): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.once("end", () => resolve(chunks));
    req.once("error", reject);
    req.once("aborted", () => reject(new Error("aborted")));
  });
}

/**
 * Makes the request readable again from its first byte, for Next: its stream members are replaced
 * by those of a stream that yields the chunks already read. The request object itself (headers,
 * socket, url) stays the same, so Next sees the request as it came. This is how Next itself gives
 * a body back after its proxy read it (replaceRequestBody in next/dist/server/body-streams.js).
 */
function putBack(req: IncomingMessage, chunks: Buffer[]): void {
  const replay = new Readable({ read() {} });
  for (const c of chunks) replay.push(c);
  replay.push(null);
  for (const key in replay) {
    let v = (replay as unknown as Record<string, unknown>)[key];
    if (typeof v === "function") v = v.bind(req);
    (req as unknown as Record<string, unknown>)[key] = v;
  }
}
