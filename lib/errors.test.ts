import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { AppError, isAppError, statusOf } from "./errors";
import { errorResponse } from "./http/handler";

/**
 * The production build holds several copies of lib/errors.ts (the PDF pool is created from
 * instrumentation.ts, a bundle of its own). An AppError thrown by one copy must be recognised by the
 * route wrapper of another: a fresh module instance stands in for the other bundle.
 */
async function otherCopy(): Promise<typeof import("./errors")> {
  vi.resetModules();
  return import("./errors");
}

const req = () => new NextRequest("http://localhost/api/x", { headers: { cookie: "kmu-locale=de" } });

describe("isAppError across bundles", () => {
  it("recognises an AppError of another copy of the module and keeps its status", async () => {
    const copy = await otherCopy();
    expect(copy.AppError).not.toBe(AppError);
    const foreign = new copy.AppError("unavailable", "pdfBusy", { retryAfterSeconds: 60 });
    expect(foreign instanceof AppError).toBe(false);
    expect(isAppError(foreign)).toBe(true);
    expect(statusOf(foreign as AppError)).toBe(503);
  });

  it("answers a foreign pdfBusy error with 503 and Retry-After, not 500", async () => {
    const copy = await otherCopy();
    const res = errorResponse(req(), new copy.AppError("unavailable", "pdfBusy", { retryAfterSeconds: 60 }), "rid");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("60");
    expect((await res.json()).error.code).toBe("unavailable");
  });

  it("does not take look-alikes for AppErrors: no brand, an unknown code or no message key", () => {
    expect(isAppError(new AppError("not_found"))).toBe(true);
    expect(isAppError({ code: "unavailable", messageKey: "pdfBusy" })).toBe(false);
    expect(isAppError(Object.assign(new Error("x"), { code: "unavailable", messageKey: "pdfBusy" }))).toBe(false);
    expect(isAppError({ [Symbol.for("kmu-kompass.AppError")]: true, code: "teapot", messageKey: "x" })).toBe(false);
    expect(isAppError({ [Symbol.for("kmu-kompass.AppError")]: true, code: "toString", messageKey: "x" })).toBe(false);
    const foreignNoKey = { [Symbol.for("kmu-kompass.AppError")]: true, code: "not_found", messageKey: 42 };
    expect(isAppError(foreignNoKey)).toBe(false);
    expect(isAppError({ [Symbol.for("kmu-kompass.AppError")]: true, code: "not_found", messageKey: "companyNotFound" })).toBe(true);
    expect(isAppError(null)).toBe(false);
    expect(isAppError("unavailable")).toBe(false);
  });
});
