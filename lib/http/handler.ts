import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { ZodError, type ZodType } from "zod";
import { AppError, isAppError, statusOf } from "../errors";
import { log } from "../log";
import { isStorageFailure } from "../db/storage-error";
import { messagesByLocale, translator } from "../i18n/server";
import { LOCALE_COOKIE, toLocale } from "../i18n/config";

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (req: NextRequest, ctx: { params: P; requestId: string }) => Promise<Response>;

/**
 * Wraps a route handler in the one error scheme: AppError -> its status and a translated message;
 * anything else -> logged with the request id, generic 500.
 */
export function route<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: Ctx<P>): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const res = await handler(req, { params: await ctx.params, requestId });
      res.headers.set("x-request-id", requestId);
      return res;
    } catch (e) {
      return errorResponse(req, e, requestId);
    }
  };
}

export function errorResponse(req: NextRequest, e: unknown, requestId: string): Response {
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  if (isAppError(e)) {
    const body = { error: { code: e.code, message: t(`errors.${e.messageKey}` as never), details: e.details } };
    const headers: Record<string, string> = { "x-request-id": requestId };
    const retry = (e.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof retry === "number") headers["retry-after"] = String(retry);
    return NextResponse.json(body, { status: statusOf(e), headers });
  }
  if (isStorageFailure(e)) {
    // the disk is full or read-only: a condition of the server that the operator must fix, not a bug
    log().warn({ err: e, requestId, path: req.nextUrl.pathname }, "storage unavailable");
    return NextResponse.json(
      { error: { code: "unavailable", message: t("errors.storageUnavailable"), requestId } },
      { status: 503, headers: { "x-request-id": requestId, "retry-after": "60" } },
    );
  }
  log().error({ err: e, requestId, path: req.nextUrl.pathname }, "unexpected error");
  return NextResponse.json(
    { error: { code: "internal", message: t("errors.internal"), requestId } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

/** Reads a JSON body with a size limit and validates it; malformed or too large input is a 4xx. */
export async function readJson<T>(req: NextRequest, schema: ZodType<T>, maxBytes: number): Promise<T> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large", "payloadTooLarge");
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", "payloadTooLarge");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "malformedJson");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError("bad_request", messageKeyOf(parsed.error) ?? "invalidInput", { issues: summarize(parsed.error) });
  return parsed.data;
}

/** The first issue whose message is one of our error texts (e.g. "invalidCharacters"), so the user reads what is wrong. */
function messageKeyOf(err: ZodError): string | undefined {
  const known = messagesByLocale.de.errors as Record<string, string>;
  type Issue = { message: string; issues?: Issue[] };
  // nested issues, e.g. of a record key (invalid_key) or a union
  const flat = (issues: Issue[]): Issue[] => issues.flatMap((i) => [i, ...flat(i.issues ?? [])]);
  return flat(err.issues as Issue[]).map((i) => i.message).find((m) => Object.prototype.hasOwnProperty.call(known, m));
}

function summarize(err: ZodError) {
  return err.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
}
