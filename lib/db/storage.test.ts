import { describe, expect, it, vi } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { Prisma } from "./generated/client";
import { isBusy, isStorageFailure } from "./storage-error";
import { storageHealth, MIN_FREE_BYTES } from "./storage-health";
import { errorResponse } from "../http/handler";
import { log } from "../log";

/** What Prisma threw for an INSERT on PGlite whose disk was full (captured on a 64 MB tmpfs). */
const diskFull = () =>
  new Prisma.PrismaClientKnownRequestError("Raw query failed. Code: `53100`. Message: `could not extend file \"base/5/16384\": No space left on device`", {
    code: "P2010",
    clientVersion: "7.10.0",
    meta: {
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { originalCode: "53100", originalMessage: 'could not extend file "base/5/16384": No space left on device', kind: "postgres", code: "53100", severity: "ERROR" },
      },
    },
  });

describe("a failing write of the database", () => {
  it("is recognised as a storage failure (disk full, read-only file system, I/O), other errors are not", () => {
    expect(isStorageFailure(diskFull())).toBe(true);
    expect(isStorageFailure(Object.assign(new Error("x"), { cause: { code: "58030" } }))).toBe(true);
    expect(isStorageFailure(new Error('could not open file "base/5/1": Read-only file system'))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error("write failed"), { code: "EROFS" }))).toBe(true);
    expect(isStorageFailure(new Prisma.PrismaClientKnownRequestError("Unique constraint", { code: "P2002", clientVersion: "7.10.0" }))).toBe(false);
    expect(isStorageFailure(new Error("secret internal detail"))).toBe(false);
    expect(isStorageFailure(null)).toBe(false);
  });

  it("is answered with 503 and a clear message instead of a 500", async () => {
    const spy = vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const warn = vi.spyOn(log(), "warn").mockImplementation(() => undefined);
    const res = errorResponse(new NextRequest("http://localhost/api/x", { headers: { cookie: "kmu-locale=de" } }), diskFull(), "rid");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("60");
    const body = await res.json();
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/können gerade nicht gespeichert werden/);
    expect(JSON.stringify(body)).not.toContain("base/5");
    expect(spy).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe("storageHealth (reported by /api/health)", () => {
  const fs = (free: number, writable = true) => ({
    statfs: () => ({ bavail: BigInt(free), bsize: BigInt(1) }),
    write: () => {
      if (!writable) throw Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" });
    },
  });
  it("is ok with room to write", () => {
    expect(storageHealth(".data/pglite", fs(MIN_FREE_BYTES * 4))).toEqual({ ok: true, freeBytes: MIN_FREE_BYTES * 4 });
  });
  it("reports a read-only data directory and a full disk", () => {
    expect(storageHealth(".data/pglite", fs(MIN_FREE_BYTES * 4, false))).toEqual({ ok: false, reason: "the data directory .data/pglite cannot be written (EROFS)" });
    expect(storageHealth(".data/pglite", fs(5 * 1024 * 1024))).toEqual({ ok: false, reason: "the disk of .data/pglite is (almost) full: 5 MB free" });
  });
  it("probes the real file system", () => {
    expect(storageHealth(path.join(tmpdir(), "kmu-storage-probe")).ok).toBe(true);
  });
});

describe("a database too busy for the request", () => {
  const noSlot = () => new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7.10.0" });

  it("is recognised (no transaction slot, no pooled connection, lock or statement timeout, deadlock); other errors are not", () => {
    expect(isBusy(noSlot())).toBe(true);
    expect(isBusy(new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection from the connection pool.", { code: "P2024", clientVersion: "7.10.0" }))).toBe(true);
    expect(isBusy(Object.assign(new Error("x"), { cause: { code: "40P01" } }))).toBe(true);
    expect(isBusy(Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { originalCode: "55P03" } } } }))).toBe(true);
    expect(isBusy(new Prisma.PrismaClientKnownRequestError("Unique constraint", { code: "P2002", clientVersion: "7.10.0" }))).toBe(false);
    expect(isBusy(diskFull())).toBe(false);
    expect(isStorageFailure(noSlot())).toBe(false);
    expect(isBusy(new Error("secret internal detail"))).toBe(false);
  });

  it("is answered with 503, a short Retry-After and a plain message instead of a 500", async () => {
    const spy = vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const warn = vi.spyOn(log(), "warn").mockImplementation(() => undefined);
    const res = errorResponse(new NextRequest("http://localhost/api/x", { headers: { cookie: "kmu-locale=de" } }), noSlot(), "rid");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    const body = await res.json();
    expect(body.error.code).toBe("busy");
    expect(body.error.message).toMatch(/nichts gespeichert/);
    expect(JSON.stringify(body)).not.toContain("Transaction API");
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe("a request the client aborted while its body was read", () => {
  it("is a 400 logged as information, not an unexpected error", async () => {
    const spy = vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const info = vi.spyOn(log(), "info").mockImplementation(() => undefined);
    const res = errorResponse(new NextRequest("http://localhost/api/x"), Object.assign(new Error("aborted"), { code: "ECONNRESET" }), "rid");
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("aborted");
    expect(spy).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalled();
    spy.mockRestore();
    info.mockRestore();
  });
});
