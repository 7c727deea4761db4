import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { route, readJson, readNoInput } from "./handler";
import { AppError } from "../errors";
import { log } from "../log";

const req = (body?: string, locale = "de") =>
  new NextRequest("http://localhost/api/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", cookie: `kmu-locale=${locale}` },
  });
const ctx = { params: Promise.resolve({}) };

describe("route(): the one error scheme", () => {
  it("maps an AppError to its status and a translated message", async () => {
    const h = route(async () => {
      throw new AppError("not_found", "companyNotFound");
    });
    const res = await h(req(), ctx);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "not_found", message: "Dieses Unternehmen gibt es nicht, oder Sie haben keinen Zugriff darauf." });
    const en = await (await h(req(undefined, "en"), ctx)).json();
    expect(en.error.message).toBe("This company does not exist, or you have no access to it.");
  });

  it("answers an unexpected error with a generic 500 and logs it with the same request id", async () => {
    const spy = vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const h = route(async () => {
      throw new Error("secret internal detail");
    });
    const res = await h(req(), ctx);
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("secret internal detail");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ requestId: body.error.requestId }), "unexpected error");
    spy.mockRestore();
  });
});

describe("readJson()", () => {
  const schema = z.object({ n: z.number() });
  const run = (body: string, max = 100) =>
    route(async (r) => Response.json(await readJson(r, schema, max)))(req(body), ctx);

  it("accepts valid input", async () => {
    expect(await (await run('{"n":1}')).json()).toEqual({ n: 1 });
  });
  it("refuses malformed JSON (400), a wrong shape (400) and oversized bodies (413)", async () => {
    expect((await run("{nope")).status).toBe(400);
    expect((await run('{"n":"x"}')).status).toBe(400);
    expect((await run(JSON.stringify({ n: 1, pad: "x".repeat(200) }))).status).toBe(413);
  });
});

describe("readNoInput(): an action without input", () => {
  const run = (body?: string) => route(async (r) => (await readNoInput(r), Response.json({ ok: true })))(req(body), ctx);

  it("takes an empty body or {} (what the forms send) and refuses anything else with a 4xx", async () => {
    expect((await run()).status).toBe(200);
    expect((await run("")).status).toBe(200);
    expect((await run("{}")).status).toBe(200);
    expect((await run('{"revision":0}')).status).toBe(400);
    expect((await run("[]")).status).toBe(400);
    expect((await run("{nope")).status).toBe(400);
    expect((await run(JSON.stringify({ pad: "x".repeat(200) }))).status).toBe(413);
  });
});

describe("readJson(): the user reads what is wrong", () => {
  it("answers text with NUL or a lone surrogate, also in a record key, with the invalidCharacters message", async () => {
    const { saveAnswersSchema } = await import("../assessments/schemas");
    const run = (body: string) => route(async (r) => Response.json(await readJson(r, saveAnswersSchema, 10_000)))(req(body), ctx);
    for (const body of ['{"revision":0,"answers":{"k":"a\\u0000"}}', '{"revision":0,"answers":{"k\\ud800":1}}']) {
      const res = await run(body);
      expect(res.status, body).toBe(400);
      expect((await res.json()).error.message, body).toMatch(/unzulässige Zeichen/);
    }
    expect((await run('{"revision":2147483648,"answers":{}}')).status).toBe(400);
  });
});
