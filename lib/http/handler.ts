import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { z, ZodError, type ZodType } from "zod";
import { AppError, isAppError, statusOf } from "../errors";
import { log } from "../log";
import { isBusy, isStorageFailure } from "../db/storage-error";
import { messagesByLocale, translator } from "../i18n/server";
import { LOCALE_COOKIE, toLocale } from "../i18n/config";
import { getEnv } from "../env";
import type { Permission } from "../auth/policy";
import { requireAccess, type CompanyContext } from "../auth/access";
import { currentUserAndMembership, requireApiUser, type SessionUser } from "../auth/session";
import { apiSecurityHeaders, proxySkips } from "./security-headers";
import { requireGuestAccess } from "../guests/access";
import { crossSiteRefusal, selfOrigins } from "./same-origin";

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
      return withSecurityHeaders(req, res);
    } catch (e) {
      return withSecurityHeaders(req, errorResponse(req, e, requestId));
    }
  };
}

/**
 * proxy.ts sets the security headers on every response it sees; the autosave routes are left out
 * of its matcher (it cost a fair share of each save), so their answers get the same headers here.
 */
function withSecurityHeaders(req: NextRequest, res: Response): Response {
  if (!proxySkips(req.nextUrl.pathname)) return res;
  for (const [k, v] of apiSecurityHeaders(Buffer.from(randomUUID()).toString("base64"))) res.headers.set(k, v);
  return res;
}

export function errorResponse(req: NextRequest, e: unknown, requestId: string): Response {
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  if (isAppError(e)) {
    const body = { error: { code: e.code, message: t(`errors.${e.messageKey}` as never), details: translateFields(e.details, t) } };
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
  if (clientAborted(req, e)) {
    // the browser went away while its body was read (a closed tab, a dropped connection): no one to answer, nothing written
    log().info({ requestId, path: req.nextUrl.pathname }, "request aborted by the client");
    return NextResponse.json({ error: { code: "aborted", message: t("errors.requestAborted"), requestId } }, { status: 400, headers: { "x-request-id": requestId } });
  }
  if (isBusy(e)) {
    // too many requests at once for the database's connections or locks: nothing was written, try again
    log().warn({ err: e, requestId, path: req.nextUrl.pathname }, "database busy");
    return NextResponse.json(
      { error: { code: "busy", message: t("errors.busy"), requestId } },
      { status: 503, headers: { "x-request-id": requestId, "retry-after": "2" } },
    );
  }
  log().error({ err: e, requestId, path: req.nextUrl.pathname }, "unexpected error");
  return NextResponse.json(
    { error: { code: "internal", message: t("errors.internal"), requestId } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

/** The client closed the connection before its request was read ("aborted", ECONNRESET from node:http). */
function clientAborted(req: NextRequest, e: unknown): boolean {
  if (req.signal?.aborted) return true;
  const o = e as { code?: unknown; message?: unknown } | null;
  return !!o && typeof o === "object" && o.code === "ECONNRESET" && o.message === "aborted";
}

/** What a route handler declares: a permission on the company in its path, "user" (signed in) or "public". */
export type Access = Permission | "user" | "public";
export type Declared = { readonly access: Access };

function declare<F extends (...args: never[]) => unknown>(access: Access, fn: F): F & Declared {
  return Object.assign(fn, { access });
}

/** Refuses a cross-site write or a non-JSON body (same-origin.ts) with a 403 or 415. */
export function checkSameOrigin(req: NextRequest): void {
  const refusal = crossSiteRefusal({ method: req.method, header: (n) => req.headers.get(n), selfOrigins: allowedOrigins(req) });
  if (refusal === "crossSite") throw new AppError("forbidden", "crossSite");
  if (refusal === "jsonOnly") throw new AppError("unsupported_media_type", "jsonOnly");
}

function allowedOrigins(req: NextRequest): Set<string> {
  return selfOrigins({ protocol: req.nextUrl.protocol, host: req.headers.get("host"), configuredUrl: getEnv().NEXTAUTH_URL, also: req.nextUrl.origin });
}

type CompanyHandler<P> = (req: NextRequest, c: { params: P; requestId: string; ctx: CompanyContext; user: SessionUser }) => Promise<Response>;

/**
 * A route handler on one company's data: signed in (else 401), the company in the path reached
 * with `permission` (else 404/403), same-origin JSON for writes. The handler gets the checked context.
 * (Autosaves that succeed are answered before Next by the server's front, lib/http/autosave-front.ts;
 * every other one comes here.)
 */
export function companyRoute<P extends { companyId: string }>(permission: Permission, handler: CompanyHandler<P>) {
  return declare(
    permission,
    route<P>(async (req, { params, requestId }) => {
      checkSameOrigin(req);
      const { user, member } = await currentUserAndMembership(params.companyId);
      if (!user) throw new AppError("unauthorized", "signInRequired");
      const ctx = await requireAccess(user, params.companyId, permission, member);
      return handler(req, { params, requestId, ctx, user });
    }),
  );
}

type GuestHandler<P> = (req: NextRequest, c: { params: P; requestId: string; ctx: CompanyContext }) => Promise<Response>;

/**
 * A route handler for a guest without an account (a workshop participant, a cooperation partner)
 * who acts through the token link in the path: the link is current (else 404), the guest holds
 * `permission` and its origin allows it now (else 403/409), same-origin JSON for writes.
 */
export function guestRoute<P extends { token: string }>(permission: Permission, handler: GuestHandler<P>) {
  return declare(
    permission,
    route<P>(async (req, { params, requestId }) => {
      checkSameOrigin(req);
      const ctx = await requireGuestAccess(params.token, permission, { headers: req.headers });
      return handler(req, { params, requestId, ctx });
    }),
  );
}

/** A route handler for any signed-in user (their own account, accepting an invitation …). */
export function userRoute<P = Record<string, string>>(handler: (req: NextRequest, c: { params: P; requestId: string; user: SessionUser }) => Promise<Response>) {
  return declare(
    "user",
    route<P>(async (req, { params, requestId }) => {
      checkSameOrigin(req);
      const user = await requireApiUser();
      return handler(req, { params, requestId, user });
    }),
  );
}

/** A route handler open to everyone (health, registration, token links); writes still same-origin JSON. */
export function publicRoute<P = Record<string, string>>(handler: Handler<P>) {
  return declare(
    "public",
    route<P>(async (req, c) => {
      checkSameOrigin(req);
      return handler(req, c);
    }),
  );
}

/** Marks a handler that is not built by the wrappers above (next-auth's own routes) with its access. */
export function declared<F extends (...args: never[]) => unknown>(access: Access, fn: F): F & Declared {
  return declare(access, fn);
}

/** `details.fieldKeys` ({ field: messageKey }) become `details.fields` ({ field: message }) in the user's language. */
function translateFields(details: unknown, t: (k: never) => string): unknown {
  const keys = (details as { fieldKeys?: unknown } | undefined)?.fieldKeys;
  if (!keys || typeof keys !== "object") return details;
  const fields = Object.fromEntries(Object.entries(keys as Record<string, string>).map(([f, k]) => [f, t(`errors.${k}` as never)]));
  return { ...(details as object), fields };
}

/**
 * Validates form-like input whose zod messages are message keys; a failure is a 422 naming each
 * field's problem (first per field), so a form can show it beside the field.
 */
export function parseFields<T>(schema: ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fieldKeys: Record<string, string> = {};
  for (const i of parsed.error.issues) fieldKeys[String(i.path[0] ?? "form")] ??= /^[a-zA-Z]+$/.test(i.message) ? i.message : "invalidInput";
  throw new AppError("unprocessable", "checkFields", { fieldKeys });
}

const noInput = z.object({}).strict();

/**
 * For an action that takes no input (create a link, complete a step …): an empty body or `{}`, what
 * our forms send. Anything else is a 4xx like any malformed body, never silently ignored.
 */
export async function readNoInput(req: NextRequest): Promise<void> {
  await readJson(req, noInput, 64, { emptyIs: {} });
}

/** Reads a JSON body with a size limit and validates it; malformed or too large input is a 4xx. */
export async function readJson<T>(req: NextRequest, schema: ZodType<T>, maxBytes: number, opts: { emptyIs?: unknown } = {}): Promise<T> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large", "payloadTooLarge");
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", "payloadTooLarge");
  let data: unknown = opts.emptyIs;
  try {
    if (!("emptyIs" in opts) || text.trim() !== "") data = JSON.parse(text);
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
