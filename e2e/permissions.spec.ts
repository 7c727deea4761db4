import { test, expect, type Browser, type Page } from "@playwright/test";
import path from "node:path";
import { PASSWORD, answer, createCompany, register, startDigitalReadiness, uniqueEmail, waitSaved } from "./helpers";
import { companyPages, fillRoute, routeMethods } from "../lib/testing/routes";

/**
 * Isolation, proven on the production build: every company route handler and page (found in the
 * file system, not listed by hand) is called by a user of another company, an advisor without a
 * grant, an advisor after revocation, a removed member and anonymously. Each is refused and the
 * company's data is unchanged afterwards. An advisor with a grant gets only the parts granted.
 */
test.describe.configure({ mode: "serial" });

const root = path.resolve(import.meta.dirname, "..");
const companyMethods = routeMethods(root).filter((m) => m.route.startsWith("/api/companies/[companyId]"));
const pages = companyPages(root);

async function person(browser: Browser, email?: string, name = "Test Person"): Promise<Page> {
  const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  if (email) await register(page, email, name);
  return page;
}

/** Everything a request could plausibly carry; the access check comes before any parsing. */
const body = {
  revision: 0, answers: {}, currentPage: 0, questionnaireKey: "digital-readiness", perspective: "self", email: "eve@evil.example", role: "owner",
  scopes: ["pdfs", "answers"], until: "2027-01-01", name: "Übernommen GmbH", industry: "C", sizeBand: "1-9", region: "BY", confirmName: "Opfer AG", status: "done", effort: 1,
};

async function accept(page: Page, link: string, button: string) {
  await page.goto(link);
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL((u) => !u.pathname.startsWith(new URL(link).pathname));
}

/** The company as its owner sees it: the full export (minus its date), members, grants, invitations. */
async function state(owner: Page, companyId: string) {
  const exp = await (await owner.request.get(`/api/companies/${companyId}/export.json`)).json();
  delete exp.exportedAt;
  const people = await (await owner.request.get(`/companies/${companyId}/people`)).text();
  const list = (re: RegExp) => [...people.matchAll(re)].map((m) => m[1]).sort();
  return { exp, members: list(/data-testid="member" data-email="([^"]+)"/g), grants: list(/data-state="([a-z]+)"/g), invitations: list(/data-invitation-id="([a-z0-9]+)"/g) };
}

test("every company route and page refuses outsiders, and nothing changes", async ({ browser }) => {
  test.setTimeout(300_000);
  expect(companyMethods.length).toBeGreaterThan(15);
  const owner = await person(browser, uniqueEmail("opfer"), "Olga Opfer");
  const companyId = await createCompany(owner, "Opfer AG");
  await startDigitalReadiness(owner);
  await answer(owner, "data_machine_capture", "Teilweise umgesetzt");
  await waitSaved(owner);
  const assessmentApi = `/api${new URL(owner.url()).pathname}`;
  const assessmentId = assessmentApi.split("/").pop()!;
  const st = await (await owner.request.get(assessmentApi)).json();
  expect((await owner.request.post(`${assessmentApi}/submit`, { data: { revision: st.revision } })).status()).toBe(200);

  // a member who is removed, an advisor whose grant is revoked, an advisor who only ever had a grant elsewhere
  const invite = async (email?: string) => (await (await owner.request.post(`/api/companies/${companyId}/invitations`, { data: { email: email ?? "", role: "member" } })).json()).link as string;
  const removedEmail = uniqueEmail("entfernt");
  const removed = await person(browser, removedEmail);
  await accept(removed, await invite(), "Einladung annehmen");
  const grant = async (email: string, scopes: string[]) => (await (await owner.request.post(`/api/companies/${companyId}/grants`, { data: { email, scopes, until: "2027-06-30" } })).json()).link as string;
  const revokedEmail = uniqueEmail("widerrufen");
  const revoked = await person(browser, revokedEmail);
  await accept(revoked, await grant(revokedEmail, ["pdfs", "answers"]), "Zugriff annehmen");
  const activeEmail = uniqueEmail("beraterin");
  const active = await person(browser, activeEmail);
  await accept(active, await grant(activeEmail, []), "Zugriff annehmen");
  const noGrant = await person(browser, uniqueEmail("ohne-zugriff"));
  const other = await person(browser, uniqueEmail("fremd"));
  const otherCompany = await createCompany(other, "Fremd KG");
  expect(otherCompany).not.toBe(companyId);
  await invite(uniqueEmail("offen")); // an open invitation, so that its routes have an id

  const html = await (await owner.request.get(`/companies/${companyId}/people`)).text();
  const ids = {
    companyId,
    assessmentId,
    measureId: "erp",
    invitationId: /data-invitation-id="([a-z0-9]+)"/.exec(html)![1],
    grantId: new RegExp(`data-grant-id="([a-z0-9]+)" data-email="${activeEmail}"`).exec(html)![1],
    userId: new RegExp(`data-email="${removedEmail}" data-user-id="([a-z0-9]+)"`).exec(html)![1],
    // a real cooperation (issue 15), so that its routes and pages are reached with an id of this company
    cooperationId: ((await (await owner.request.post(`/api/companies/${companyId}/cooperations`, { data: { partnerName: "Opfer Partner AG", field: "Fertigung", goal: "Ersatzteile", startDate: "2027-01-15" } })).json()) as { id: string }).id,
    step: "needs",
  };
  // remove the member and revoke the first grant through the app
  expect((await owner.request.delete(`/api/companies/${companyId}/members/${ids.userId}`)).status()).toBe(200);
  const revokedGrant = new RegExp(`data-grant-id="([a-z0-9]+)" data-email="${revokedEmail}"`).exec(html)![1];
  expect(await (await active.request.get("/advisor")).text()).toContain("Opfer AG");
  expect((await owner.request.delete(`/api/companies/${companyId}/grants/${revokedGrant}`)).status()).toBe(200);
  expect(await (await revoked.request.get("/advisor")).text()).not.toContain("Opfer AG");

  const before = await state(owner, companyId);
  const anon = await browser.newContext();
  const actors: [string, Page | null][] = [["user of another company", other], ["advisor without a grant", noGrant], ["advisor after revocation", revoked], ["removed member", removed], ["anonymous", null]];
  const outcomes: string[] = [];
  for (const [who, page] of actors) {
    const req = page ? page.request : anon.request;
    for (const m of companyMethods) {
      const url = fillRoute(m.route, ids);
      const res = await req.fetch(url, { method: m.method, data: m.method === "GET" || m.method === "DELETE" ? undefined : body, maxRedirects: 0, failOnStatusCode: false });
      const expected = page ? [404] : [401];
      if (!expected.includes(res.status())) outcomes.push(`${who}: ${m.method} ${url} -> ${res.status()}`);
    }
    for (const route of pages) {
      const url = fillRoute(route, ids);
      const res = await req.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const ok = page ? res.status() === 404 : res.status() >= 300 && res.status() < 400 && /\/login\?callbackUrl=/.test(res.headers()["location"] ?? "");
      if (!ok) outcomes.push(`${who}: GET ${url} -> ${res.status()} ${res.headers()["location"] ?? ""}`);
      if (page && res.status() !== 404) continue;
      if (page) expect(await res.text(), `${who} ${url}`).not.toContain("Opfer AG");
    }
  }
  expect(outcomes).toEqual([]);

  // the advisor with a grant (results only): exactly the permitted reads, every other route refused
  const allowed = new Set(["results.read"]);
  for (const m of companyMethods) {
    const url = fillRoute(m.route, ids);
    const res = await active.request.fetch(url, { method: m.method, data: m.method === "GET" || m.method === "DELETE" ? undefined : body, maxRedirects: 0, failOnStatusCode: false });
    if (allowed.has(m.access!)) expect(res.status(), `${m.method} ${url}`).toBeLessThan(400);
    else expect([403, 404], `${m.method} ${url} (${m.access})`).toContain(res.status());
  }
  for (const route of pages) {
    const url = fillRoute(route, ids);
    const res = await active.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    // results and plan include the cooperations (list, steps, profile); the comparison needs "trust.compare", which advisors lack
    if (route.endsWith("/dashboard") || route.endsWith("/result") || (route.includes("/cooperations") && !route.endsWith("/new"))) continue;
    expect([307, 404], `${url}: ${res.status()}`).toContain(res.status());
  }
  expect((await active.request.get(`/companies/${companyId}/dashboard`)).status()).toBe(200);

  expect(await state(owner, companyId)).toEqual(before);
  expect(PASSWORD).toBeTruthy();
  await anon.close();
});
