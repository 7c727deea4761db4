import { it, expect, vi, beforeEach } from "vitest";
import { NextRequest } from "next/server";
import { describeEachDb } from "@/lib/testing/db";
import { limits } from "@/lib/auth/rate-limit";
import { POST } from "./route";

// TRUST_PROXY switched per test; everything else as parsed from the real environment (default false).
const env = vi.hoisted(() => ({ trustProxy: false }));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  return { ...real, getEnv: () => ({ ...real.getEnv(), TRUST_PROXY: env.trustProxy }) };
});

const ctx = { params: Promise.resolve({}) };
function register(body: unknown, ip = "203.0.113.5"): Promise<Response> {
  const req = new NextRequest("http://localhost/api/register", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", "x-forwarded-for": ip, cookie: "kmu-locale=de" },
  });
  return POST(req, ctx);
}

describeEachDb("POST /api/register and its limits", ({ db, kind }) => {
  const email = (name: string) => `${name}-${kind}@register.example`;
  beforeEach(() => {
    env.trustProxy = false;
  });

  it("creates an account (201); a weak or personal password is a 422 with the field and a German message", async () => {
    expect((await register({ name: "Anna", email: email("anna"), password: "Werkbank-2030" })).status).toBe(201);
    const weak = await register({ email: email("weak"), password: "Password1!" });
    expect(weak.status).toBe(422);
    const body = await weak.json();
    expect(body.error.details.fields).toEqual([{ field: "password", key: "passwordTooWeak" }]);
    expect(body.error.message).toMatch(/zu leicht zu erraten/);
    const personal = await (await register({ name: "Xaver Quell", email: email("xq"), password: "Xaver-Quell-1" })).json();
    expect(personal.error.details.fields).toEqual([{ field: "password", key: "passwordPersonal" }]);
    expect(await db().user.count({ where: { email: { in: [email("weak"), email("xq")] } } })).toBe(0);
  });

  it("default settings: 150 malformed registrations from one client do not stop a valid one", async () => {
    const junk = [
      "not json",
      { email: "x", password: "y" },
      { email: email("junk"), password: "kurz" },
      { email: email("junk"), password: "qwertz1234" },
      { name: "x".repeat(101), email: email("junk"), password: "Werkbank-2030" },
    ];
    for (let i = 0; i < 150; i++) {
      const res = await register(junk[i % junk.length]);
      expect(res.status, `junk ${i}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(429);
    }
    expect((await register({ email: email("after-junk"), password: "Werkbank-2030" }, "198.51.100.9")).status).toBe(201);
    expect((await register({ email: email("after-junk-2"), password: "Werkbank-2030" })).status).toBe(201);
  });

  it("a taken e-mail is a 409 and does not use up the shared guard", async () => {
    await register({ email: email("taken"), password: "Werkbank-2030" });
    for (let i = 0; i < 20; i++) expect((await register({ email: email("taken"), password: "Werkbank-2030" })).status).toBe(409);
  });

  it("behind a trusted proxy: valid registrations are limited per client address, others still register", async () => {
    env.trustProxy = true;
    const ip = kind === "pglite" ? "192.0.2.10" : "192.0.2.11";
    for (let i = 0; i < 30; i++) expect((await register({ email: "x", password: "y" }, ip)).status).toBe(422); // junk is free
    const n = limits.register.points;
    const results = await Promise.all(Array.from({ length: n + 3 }, (_, i) => register({ email: email(`bulk${i}`), password: "Werkbank-2030" }, ip)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(n);
    expect(results.filter((r) => r.status === 429)).toHaveLength(3);
    expect((await register({ email: email("neighbour"), password: "Werkbank-2030" }, "198.51.100.77")).status).toBe(201);
  });
});
