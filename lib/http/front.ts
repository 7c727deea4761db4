import { IncomingMessage, type IncomingHttpHeaders, type ServerResponse } from "node:http";

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

/** `next` hands the request to Next: the same one, or (when the front read its body) the one `replayed` made. */
export type Front = (req: IncomingMessage, res: ServerResponse, next: (req?: IncomingMessage) => void) => void;

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
          if (!answer) return next(replayed(req, chunks));
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
 * The request again, readable from its first byte, for Next: a new IncomingMessage on the same
 * socket with the same head, whose body is the chunks already read. It is a stream of its own, so
 * every way of reading it works. (Copying a fresh stream's members onto the read request, as Next's
 * replaceRequestBody does, left Node's stream internals emitting on the other object: an async
 * iterator over it, which Next's route handlers use, then failed with "callback is not a function"
 * when the decline came quickly, and the request hung.)
 */
function replayed(req: IncomingMessage, chunks: Buffer[]): IncomingMessage {
  const again = new IncomingMessage(req.socket);
  again.method = req.method;
  again.url = req.url;
  again.headers = req.headers;
  again.rawHeaders = req.rawHeaders;
  again.httpVersion = req.httpVersion;
  again.httpVersionMajor = req.httpVersionMajor;
  again.httpVersionMinor = req.httpVersionMinor;
  again.complete = true; // the whole body is here: reading it to the end is not an abort
  for (const c of chunks) again.push(c);
  again.push(null);
  return again;
}
