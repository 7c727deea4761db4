import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import fc from "fast-check";
import path from "node:path";
import { register, createCompany, uniqueEmail, startDigitalReadiness, answer, waitSaved } from "./helpers";
import { fillRoute, routeMethods } from "../lib/testing/routes";

const root = path.resolve(import.meta.dirname, "..");

/**
 * Random and malformed payloads against every route handler (app/api/**\/route.ts, found in the file
 * system), on the production server: each answer is a 4xx (never a 500, never a success that changes
 * something), and afterwards the stored state is unchanged. Bounded to stay well under a minute.
 */
test.describe.configure({ mode: "serial" });

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** Bodies that are never a valid request: junk text, random JSON, valid shapes with wrong types. */
const junkBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom("", "{", "[]", "null", '{"__proto__":{"x":1}}', "\u0000\uffff", "1e309", "{\"revision\":-1}", "x".repeat(70_000)),
  fc.record({
    revision: fc.oneof(fc.string(), fc.double(), fc.constant(-1), fc.integer({ min: 100_000 }), fc.constant(null)),
    answers: fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant("x".repeat(80_000))),
    currentPage: fc.oneof(fc.anything({ maxDepth: 1 }), fc.integer({ min: 201 })),
    extra: fc.anything({ maxDepth: 1 }),
  }).map((o) => JSON.stringify(o)),
  fc.record({ name: fc.anything({ maxDepth: 1 }), email: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()), password: fc.oneof(fc.string({ maxLength: 9 }), fc.constant(null)) }).map((o) => JSON.stringify(o)),
);
const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream");
// "." and ".." are normalised by the URL itself (a redirect before any handler): left out
const segment = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== "." && s !== ".."), fc.constantFrom("%00", "null", "' OR 1=1 --", "a".repeat(300), "cm0000000000000000000000"));

function expect4xx(status: number, what: string) {
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(status, what).toBeLessThan(500);
}

type State = { revision: number; answers: unknown; status: string; companies: number };

async function snapshot(page: Page, base: string): Promise<State> {
  const r = await page.request.get(base);
  expect(r.status()).toBe(200);
  const s = (await r.json()) as { revision: number; answers: unknown; status: string };
  const html = await (await page.request.get("/companies")).text();
  const companies = (html.match(/href="\/companies\/[a-z0-9]+"/g) ?? []).length;
  return { revision: s.revision, answers: s.answers, status: s.status, companies };
}

async function send(req: APIRequestContext, method: string, url: string, body: string, type: string) {
  const res = await req.fetch(url, { method, data: body, headers: { "content-type": type }, maxRedirects: 0, failOnStatusCode: false });
  return res.status();
}

test("route handlers answer junk with a 4xx and change nothing; cross-site writes are refused", async ({ page, playwright }) => {
  test.setTimeout(120_000);
  await register(page, uniqueEmail("fuzz"));
  // the session cookie: HttpOnly, SameSite=Lax (Secure and __Secure- prefixed when NEXTAUTH_URL is https)
  const session = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const companyId = await createCompany(page, "Fuzz GmbH");
  const url = await startDigitalReadiness(page);
  const assessmentId = url.split("/assessments/")[1];
  await answer(page, "data_machine_capture", "Teilweise umgesetzt");
  await waitSaved(page);
  const base = `/api/companies/${companyId}/assessments/${assessmentId}`;
  const before = await snapshot(page, base);
  const anon = await playwright.request.newContext({ baseURL: page.url().split("/companies")[0] });

  // authenticated: every handler with a body gets junk
  await fc.assert(
    fc.asyncProperty(junkBody, contentType, async (body, type) => {
      expect4xx(await send(page.request, "PUT", base, body, type), `PUT ${body.slice(0, 80)}`);
      expect4xx(await send(page.request, "POST", `${base}/submit`, body, type), `submit ${body.slice(0, 80)}`);
    }),
    { numRuns: RUNS },
  );
  // register: junk bodies (each still counts against the per-IP limit: a 429 is a fine answer too)
  await fc.assert(
    fc.asyncProperty(junkBody, contentType, async (body, type) => {
      expect4xx(await send(anon, "POST", "/api/register", body, type), `register ${body.slice(0, 80)}`);
    }),
    { numRuns: Math.min(RUNS, 25) },
  );
  // random path segments, methods and the anonymous client
  await fc.assert(
    fc.asyncProperty(segment, segment, fc.constantFrom("GET", "PUT", "POST", "DELETE", "PATCH"), fc.constantFrom("", "/submit", "/pdf"), async (c, a, method, tail) => {
      const u = `/api/companies/${encodeURIComponent(c)}/assessments/${encodeURIComponent(a)}${tail}`;
      expect4xx(await send(page.request, method, u, '{"revision":0}', "application/json"), `${method} ${u}`);
      expect4xx(await send(anon, method, `${base}${tail}`, '{"revision":0,"answers":{}}', "application/json"), `anon ${method} ${tail}`);
    }),
    { numRuns: RUNS },
  );
  // public reads with parameters in the address (the questionnaire asset): junk segments, broken
  // percent-encoding, huge or newer version numbers and junk queries are a 4xx, never a 5xx
  const publicReads = routeMethods(root).filter((m) => m.method === "GET" && m.access === "public" && m.route.includes("["));
  expect(publicReads.map((m) => m.route)).toContain("/api/content/[key]/[version]/survey");
  const rawSegment = fc.oneof(segment.map(encodeURIComponent), fc.constantFrom("%ZZ", "%", "%E0%A4%A", "99999999999999999999.0.0", "1.0.0%00", "999.0.0", "digital-readiness"));
  const query = fc.oneof(fc.constantFrom("", "?lang=", "?lang=fr", "?lang=de&view=boss", "?lang=de&lang=en", "?lang=%ZZ", "?lang=de%00"), fc.string({ maxLength: 40 }).map((q) => `?${encodeURIComponent(q)}=${encodeURIComponent(q)}`));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...publicReads), rawSegment, rawSegment, query, async (m, x, y, q) => {
      const u = m.route.replace(/\[[^\]]+\]/, x).replace(/\[[^\]]+\]/, y) + q;
      expect4xx(await send(anon, "GET", u, "", "application/json"), `GET ${u}`);
    }),
    { numRuns: RUNS },
  );
  // methods a handler does not export
  for (const [method, u] of [["DELETE", base], ["POST", base], ["GET", `${base}/submit`], ["POST", "/api/health"], ["GET", "/api/register"]] as const) {
    expect4xx(await send(page.request, method, u, "{}", "application/json"), `${method} ${u}`);
  }
  // next-auth: malformed sign-in posts never crash it (its answers are redirects or 4xx, not 500)
  await fc.assert(
    fc.asyncProperty(junkBody, fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/session", "/api/auth/csrf", "/api/auth/nope"), async (body, u) => {
      const s = await send(anon, "POST", u, body, "application/x-www-form-urlencoded");
      expect(s, `${u} ${body.slice(0, 80)}`).toBeLessThan(500);
    }),
    { numRuns: Math.min(RUNS, 25) },
  );

  // every route handler the file system has (there are no server actions any more: a unit test keeps
  // it so), with junk of every content type: 4xx only, nothing changes
  // a real workshop of this user and a real participant link, so that junk reaches those handlers' body parsing too
  const workshop = await page.request.post("/api/workshops", { data: { title: "Fuzz-Werkstatt", date: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10), place: "Fuzzhausen", questionnaires: ["digital-readiness-core"], k: 3 } });
  expect(workshop.status()).toBe(201);
  const workshopId = ((await workshop.json()) as { id: string }).id;
  const code = /data-testid="join-code"[^>]*>([^<]+)</.exec(await (await page.request.get(`/advisor/workshops/${workshopId}`)).text())![1].replace("-", "");
  const joined = await anon.post(`/api/join/${code}`, { data: { companyName: "Fuzz Gast KG", industry: "C", sizeBand: "1-9", region: "BE", consent: false } });
  expect(joined.status(), await joined.text()).toBe(201);
  const token = ((await joined.json()) as { url: string }).url.split("/g/")[1];
  const ids = { companyId, assessmentId, measureId: "erp", invitationId: "i".repeat(25), userId: "u".repeat(25), grantId: "g".repeat(25), workshopId, code, cooperationId: "c".repeat(25), step: "needs", token };
  const writes = routeMethods(root).filter((m) => m.method !== "GET" && !m.route.startsWith("/api/auth"));
  expect(writes.length, "route handlers that write").toBeGreaterThan(15);
  await fc.assert(
    // an empty body and {} are the whole input of actions that take none (readNoInput): not junk for them
    fc.asyncProperty(fc.constantFrom(...writes), junkBody.filter((b) => !/^\s*(\{\s*\})?\s*$/.test(b)), contentType, async (m, body, type) => {
      const u = fillRoute(m.route, ids);
      expect4xx(await send(page.request, m.method, u, body, type), `${m.method} ${u} ${type} ${body.slice(0, 60)}`);
    }),
    { numRuns: RUNS * 3 },
  );
  // what used to reach a server action now reaches no code of ours
  expect4xx((await page.request.fetch("/companies", { method: "POST", headers: { "next-action": "f".repeat(42) }, data: "[]", failOnStatusCode: false })).status(), "unknown action");

  // cross-site writes: a form or text/plain POST (no CORS preflight) and a foreign or same-site origin are refused
  const submit = `${base}/submit`;
  const rev = (await snapshot(page, base)).revision;
  const plain = await page.request.fetch(submit, { method: "POST", data: JSON.stringify({ revision: rev }), headers: { "content-type": "text/plain" }, failOnStatusCode: false });
  expect(plain.status()).toBe(415);
  const foreign: Record<string, string>[] = [{ origin: "http://evil.example" }, { origin: "http://app.localhost:1" }, { "sec-fetch-site": "same-site" }, { "sec-fetch-site": "cross-site" }];
  for (const headers of foreign) {
    const res = await page.request.fetch(submit, { method: "POST", data: { revision: rev }, headers, failOnStatusCode: false });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect((await res.json()).error.message).toMatch(/anderen Website/);
  }

  const after = await snapshot(page, base);
  expect(after).toEqual(before);
  await anon.dispose();
});
