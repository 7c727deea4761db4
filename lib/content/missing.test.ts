import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { errorResponse } from "../http/handler";
import { CONTENT_MISSING_RETRY_SECONDS, contentMissing } from "./index";

const req = (locale: string) => new NextRequest("http://localhost/api/x", { headers: { cookie: `kmu-locale=${locale}` } });

describe("a content version this instance does not know yet (rolling deploy)", () => {
  it("is a 503 with Retry-After and a message in German and English that says an update is being rolled out", async () => {
    const de = errorResponse(req("de"), contentMissing(), "rid");
    expect(de.status).toBe(503);
    expect(de.headers.get("retry-after")).toBe(String(CONTENT_MISSING_RETRY_SECONDS));
    const body = (await de.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/neue Version der Anwendung eingespielt.*in einer Minute noch einmal/);
    const en = (await errorResponse(req("en"), contentMissing(), "rid").json()) as { error: { message: string } };
    expect(en.error.message).toMatch(/being rolled out.*try again in a minute/);
  });
});
