import { test, expect } from "@playwright/test";
import { register, createCompany, uniqueEmail, startDigitalReadiness } from "./helpers";

test("a second user cannot open the first user's company, assessment, result or PDF", async ({ browser }) => {
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await register(pageA, uniqueEmail("alice"));
  const companyId = await createCompany(pageA, "Geheim & Co. KG");
  await startDigitalReadiness(pageA);
  await pageA.locator('[data-name="data_machine_capture"]').getByText("Teilweise umgesetzt", { exact: true }).click();
  await expect(pageA.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
  const assessmentPath = new URL(pageA.url()).pathname;
  const state = await (await pageA.request.get(`/api${assessmentPath}`)).json();
  const submit = await pageA.request.post(`/api${assessmentPath}/submit`, { data: { revision: state.revision } });
  expect(submit.status()).toBe(200);

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await register(pageB, uniqueEmail("bob"));
  for (const path of [`/companies/${companyId}`, assessmentPath, `${assessmentPath}/result`]) {
    const res = await pageB.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(pageB.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    await expect(pageB.getByText("Geheim & Co. KG")).toHaveCount(0);
  }
  for (const path of [`/api${assessmentPath}`, `/api${assessmentPath}/pdf`]) {
    const res = await pageB.request.get(path);
    expect(res.status(), path).toBe(404);
  }
  const put = await pageB.request.put(`/api${assessmentPath}`, { data: { revision: 0, answers: {}, currentPage: 0 } });
  expect(put.status()).toBe(404);
  const sub = await pageB.request.post(`/api${assessmentPath}/submit`, { data: { revision: 0 } });
  expect(sub.status()).toBe(404);

  // signed out: 401 from the API, sign-in page for pages
  const anon = await browser.newContext();
  const res = await anon.request.get(`/api${assessmentPath}`);
  expect(res.status()).toBe(401);
  const p = await anon.newPage();
  await p.goto(`/companies/${companyId}`);
  await expect(p).toHaveURL(/\/login\?callbackUrl=/);
});

test("bad input to the autosave API is refused with a clear message and changes nothing", async ({ page }) => {
  await register(page, uniqueEmail("fuzz"));
  await createCompany(page, "Prüfstand GmbH");
  await startDigitalReadiness(page);
  await page.locator('[data-name="data_machine_capture"]').getByText("Teilweise umgesetzt", { exact: true }).click();
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
  const api = `/api${new URL(page.url()).pathname}`;
  const before = await (await page.request.get(api)).json();

  const cases: { body: string; status: number; message: RegExp }[] = [
    { body: "{kaputt", status: 400, message: /kein gültiges JSON/ },
    { body: JSON.stringify({ revision: "x", answers: {} }), status: 400, message: /unvollständig oder ungültig/ },
    { body: JSON.stringify({ revision: before.revision, answers: { gibt_es_nicht: 1 } }), status: 422, message: /passen nicht zum Fragebogen/ },
    { body: JSON.stringify({ revision: before.revision, answers: { data_machine_capture: 7 } }), status: 422, message: /passen nicht zum Fragebogen/ },
    { body: JSON.stringify({ revision: before.revision, answers: { x: "y".repeat(70_000) } }), status: 413, message: /zu groß/ },
    { body: JSON.stringify({ revision: before.revision - 1 < 0 ? 99 : before.revision - 1, answers: {} }), status: 409, message: /anderen Fenster/ },
  ];
  for (const c of cases) {
    const res = await page.request.put(api, { data: Buffer.from(c.body), headers: { "content-type": "application/json" } });
    expect(res.status(), c.body.slice(0, 40)).toBe(c.status);
    const json = await res.json();
    expect(json.error.message).toMatch(c.message);
  }
  const after = await (await page.request.get(api)).json();
  expect(after).toEqual(before);

  // unknown or malformed company / assessment ids
  expect((await page.request.get(`/api/companies/nichtda/assessments/x`)).status()).toBe(404);
  expect((await page.request.get(`/api/companies/${"a".repeat(25)}/assessments/${"b".repeat(25)}`)).status()).toBe(404);
});
