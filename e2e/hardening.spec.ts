import { expect, test, type APIResponse } from "@playwright/test";
import http from "node:http";
import os from "node:os";
import { createCompany, pdfFonts, pdfText, register, startDigitalReadiness, uniqueEmail } from "./helpers";

/**
 * Junk that used to end in a 500 (PostgreSQL integer overflow, NUL and lone surrogates in text,
 * malformed percent-encoding in the path), answered with a 4xx and a clear German message now, with
 * the security headers; nothing is stored. Also: favicon.ico is ours and carries the headers.
 */
test.describe.configure({ mode: "serial" });

const CSP = /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/;
const expectHeaders = (r: APIResponse) => {
  expect(r.headers()["content-security-policy"]).toMatch(CSP);
  expect(r.headers()["x-frame-options"]).toBe("DENY");
  expect(r.headers()["x-content-type-options"]).toBe("nosniff");
};

test("revision overflow, NUL and lone surrogates get a 400 with a clear message, nothing is stored", async ({ page }) => {
  await register(page, uniqueEmail("junk"));
  const companyId = await createCompany(page, "Prüfstand GmbH");
  const assessmentId = (await startDigitalReadiness(page)).split("/assessments/")[1];
  const base = `/api/companies/${companyId}/assessments/${assessmentId}`;
  const before = await (await page.request.get(base)).json();
  const put = (body: string) => page.request.put(base, { data: body, headers: { "content-type": "application/json" } });

  for (const revision of ["2147483648", "9007199254740991"]) {
    const r = await put(`{"revision":${revision},"answers":{"data_machine_capture":1},"currentPage":1}`);
    expect(r.status(), `revision ${revision}`).toBe(400);
  }
  for (const text of ["\\u0000", "a\\u0000b", "\\ud800", "x\\udfff"]) {
    for (const body of [`{"revision":${before.revision},"answers":{"data_machine_capture":"${text}"}}`, `{"revision":${before.revision},"answers":{"k${text}":1}}`]) {
      const r = await put(body);
      expect(r.status(), body).toBe(400);
      expect((await r.json()).error.message).toMatch(/unzulässige Zeichen/);
    }
  }
  expect(await (await page.request.get(base)).json()).toEqual(before);

  // plan item fields
  const plan = await page.request.patch(`/api/companies/${companyId}/plan/erp_introduction`, {
    data: '{"ownerRole":"IT\\u0000Leitung"}',
    headers: { "content-type": "application/json" },
  });
  expect(plan.status()).toBe(400);
  expect((await plan.json()).error.message).toMatch(/unzulässige Zeichen/);

  // register name
  const reg = await page.request.post("/api/register", {
    data: `{"name":"Erika \\ud800","email":"${uniqueEmail("junk-reg")}","password":"Sicheres-Passwort-2026"}`,
    headers: { "content-type": "application/json" },
  });
  expect(reg.status()).toBeGreaterThanOrEqual(400);
  expect(reg.status()).toBeLessThan(500);
  expect((await reg.json()).error.message).toMatch(/unzulässige Zeichen/);
});

test("a save that writes is answered by the server's front with the security headers; a refused one by the Next route with its reason", async ({ page }) => {
  await register(page, uniqueEmail("front"));
  const companyId = await createCompany(page, "Vorzimmer GmbH");
  const assessmentId = (await startDigitalReadiness(page)).split("/assessments/")[1];
  const base = `/api/companies/${companyId}/assessments/${assessmentId}`;
  const { revision } = await (await page.request.get(base)).json();
  const put = (rev: number) => page.request.put(base, { data: { revision: rev, answers: { data_machine_capture: 2 }, currentPage: 0 } });

  const saved = await put(revision);
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toMatchObject({ revision: revision + 1 });
  expectHeaders(saved);
  // Next's route answers carry its `vary` header; the front's (scripts/serve.mjs, lib/http/front.ts) do not
  expect(saved.headers()["vary"]).toBeUndefined();

  const stale = await put(revision);
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.details).toMatchObject({ revision: revision + 1, answers: { data_machine_capture: 2 } });
  expectHeaders(stale);
  expect(stale.headers()["vary"]).toContain("rsc");
});

test("a workshop participant's save that writes is answered by the front too; a stale one by the route with its reason", async ({ page, browser }) => {
  await register(page, uniqueEmail("leitung"));
  const w = await page.request.post("/api/workshops", { data: { title: "Vorne-Werkstatt", date: new Date().toISOString().slice(0, 10), place: "Saal 1", questionnaires: ["digital-readiness"], k: "3" } });
  expect(w.status()).toBe(201);
  const { id: workshopId } = await w.json();
  await page.goto(`/advisor/workshops/${workshopId}`);
  const code = (await page.getByTestId("join-code").textContent())!.replace("-", "");
  // the participant in a context of its own (no account)
  const guest = await browser.newContext();
  const g = await guest.newPage();
  const joined = await g.request.post(`/api/join/${code}`, { data: { companyName: "Vorne KG", industry: "C", sizeBand: "10-49", region: "SN", consent: false } });
  const token = (await joined.json()).url.split("/g/")[1];
  const started = await g.request.post(`/api/g/${token}/assessments`, { data: { questionnaireKey: "digital-readiness", perspective: "self" } });
  const base = `/api/g/${token}/assessments/${(await started.json()).id}`;
  const put = (rev: number) => g.request.put(base, { data: { revision: rev, answers: { data_machine_capture: 2 }, currentPage: 0 } });
  const saved = await put(0);
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toMatchObject({ revision: 1 });
  expectHeaders(saved);
  expect(saved.headers()["vary"]).toBeUndefined();
  const stale = await put(0);
  expect(stale.status()).toBe(409);
  expect(stale.headers()["vary"]).toContain("rsc");
  expect((await put(1)).status()).toBe(200);
  await guest.close();
});

test("malformed percent-encoding in a path is a 400 with the security headers, not a plain-text 500", async ({ page }) => {
  const pageRes = await page.request.get("/companies/%E0%A4%A");
  expect(pageRes.status()).toBe(400);
  expect(pageRes.headers()["content-type"]).toMatch(/text\/html/);
  expect(await pageRes.text()).toContain("fehlerhaft kodierte Zeichen");
  expectHeaders(pageRes);
  const api = await page.request.get("/api/companies/%ZZ/plan.pdf");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe("bad_request");
  expectHeaders(api);
});

test("favicon.ico is served by us with the security headers", async ({ page }) => {
  const r = await page.request.get("/favicon.ico");
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await r.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  expectHeaders(r);
});

test("a company name with emoji and other scripts renders in embedded fonts on every page of the plan", async ({ page }) => {
  const name = "Müller 🚀 Ελλάς ООО Şirket Łódź";
  await register(page, uniqueEmail("fonts"));
  const companyId = await createCompany(page, name);
  const res = await page.request.get(`/api/companies/${companyId}/plan.pdf`);
  expect(res.status()).toBe(200);
  const pdf = Buffer.from(await res.body());
  const text = pdfText(pdf, "e2e-plan-scripts");
  expect(text).toContain(name);
  const rows = pdfFonts("test-results/pdf/e2e-plan-scripts.pdf").trim().split("\n").slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row, row).not.toMatch(/Helvetica/);
    expect(row.split(/\s+/).slice(-5, -4)[0], `embedded: ${row}`).toBe("yes");
  }
  expect(res.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(`Maßnahmenplan-${name.replace(/\s+/g, "-")}.pdf`)}`);
});

/** This machine's first non-loopback IPv4 address: connecting from it makes the server see a peer that is not loopback (here 192.0.2.2, not a private range). */
function outsideAddress(): string {
  const a = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
  if (!a) throw new Error("this test needs a network interface besides loopback (the server must see a non-loopback peer)");
  return a.address;
}

/** A wrong join code posted over a fresh connection from `localAddress` to the same address. */
function postJoin(baseURL: string, localAddress: string, headers: Record<string, string> = {}): Promise<{ status: number; body: { error?: { message?: string } } }> {
  const port = new URL(baseURL).port;
  const origin = `http://${localAddress === "127.0.0.1" ? "localhost" : localAddress}:${port}`;
  const body = JSON.stringify({ companyName: "Rate GmbH", industry: "C", sizeBand: "1-9", region: "BY", consent: false });
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}/api/join/ZZZZ-ZZZZ`, { method: "POST", localAddress, agent: false, headers: { "content-type": "application/json", origin, ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || "{}") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("wrong join codes are limited per client without a trusted proxy: by the connection's address, which a header cannot change", async ({ baseURL }) => {
  if (!baseURL) throw new Error("no baseURL");
  const outside = outsideAddress();
  // from loopback (how a proxy on the same host would arrive) a spoofed peer header is overwritten: never limited, so a client cannot block another address
  for (let i = 0; i < 32; i++) expect((await postJoin(baseURL, "127.0.0.1", { "x-kmu-peer": outside })).status).toBe(404);
  // a request that names a proxy came through one (its peer is the proxy, many clients): not counted per peer
  for (const proxy of ["x-forwarded-for", "forwarded", "x-real-ip", "via"]) for (let i = 0; i < 8; i++) expect((await postJoin(baseURL, outside, { [proxy]: "203.0.113.7" })).status).toBe(404);
  // from another address, direct: 30 wrong codes are answered, the 31st is refused with a German message
  for (let i = 0; i < 30; i++) expect((await postJoin(baseURL, outside, { "x-kmu-peer": `198.51.100.${i}` })).status).toBe(404);
  const refused = await postJoin(baseURL, outside, { "x-kmu-peer": "198.51.100.99" });
  expect(refused.status).toBe(429);
  expect(refused.body.error?.message).toBe("Zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.");
  // the limit is that client's: loopback still gets its answer
  expect((await postJoin(baseURL, "127.0.0.1")).status).toBe(404);
});
