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

const workshopMethods = routeMethods(root).filter((m) => m.route.startsWith("/api/workshops/[workshopId]"));
const guestMethods = routeMethods(root).filter((m) => m.route.startsWith("/api/g/[token]"));

/** A participant joins by code through the API (no account) and starts the core check; its link token and assessment. */
async function participant(browser: Browser, code: string, companyName: string) {
  const page = await person(browser);
  const joined = await page.request.post(`/api/join/${code}`, { data: { companyName, industry: "C", sizeBand: "10-49", region: "SN", consent: false } });
  expect(joined.status(), await joined.text()).toBe(201);
  const token = ((await joined.json()) as { url: string }).url.split("/g/")[1];
  const started = await page.request.post(`/api/g/${token}/assessments`, { data: { questionnaireKey: "digital-readiness-core", perspective: "self" } });
  expect(started.status(), await started.text()).toBe(201);
  const assessmentId = ((await started.json()) as { id: string }).id;
  const saved = await page.request.put(`/api/g/${token}/assessments/${assessmentId}`, { data: { revision: 0, answers: { strat_goals: 2 }, currentPage: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  return { page, token, assessmentId };
}

test("every workshop route and guest-link route refuses outsiders, and nothing changes", async ({ browser }) => {
  test.setTimeout(180_000);
  expect(workshopMethods.length).toBeGreaterThanOrEqual(5);
  expect(guestMethods.length).toBeGreaterThanOrEqual(8);
  const advisor = await person(browser, uniqueEmail("moderatorin"), "Mona Moderatorin");
  const created = await advisor.request.post("/api/workshops", { data: { title: "Rechte-Werkstatt", date: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10), place: "Kammer Leipzig", questionnaires: ["digital-readiness-core"], k: 3 } });
  expect(created.status(), await created.text()).toBe(201);
  const workshopId = ((await created.json()) as { id: string }).id;
  await advisor.goto(`/advisor/workshops/${workshopId}`);
  const code = (await advisor.getByTestId("join-code").innerText()).replace("-", "");
  const victim = await participant(browser, code, "Opfer Werkstatt GmbH");
  const otherGuest = await participant(browser, code, "Neugier KG");
  const state = async () => ({
    answers: await (await victim.page.request.get(`/api/g/${victim.token}/assessments/${victim.assessmentId}`)).json(),
    live: await (await advisor.request.get(`/api/workshops/${workshopId}/state`)).json(),
  });
  const before = await state();
  expect(before.answers.answers).toEqual({ strat_goals: 2 });

  const otherAdvisor = await person(browser, uniqueEmail("fremd-moderator"));
  const anon = await browser.newContext();
  const outcomes: string[] = [];
  const call = async (req: Page["request"], method: string, url: string) =>
    req.fetch(url, { method, data: method === "GET" || method === "DELETE" ? undefined : { ...body, status: "closed", consent: true }, maxRedirects: 0, failOnStatusCode: false });

  // the workshop's routes: another advisor and a participant (signed in nowhere) get 404 or 401, never the workshop
  for (const [who, req, expected] of [["another advisor", otherAdvisor.request, [404]], ["a participant", victim.page.request, [401]], ["anonymous", anon.request, [401]]] as const) {
    for (const m of workshopMethods) {
      const url = fillRoute(m.route, { workshopId });
      const res = await call(req, m.method, url);
      if (!(expected as readonly number[]).includes(res.status())) outcomes.push(`${who}: ${m.method} ${url} -> ${res.status()}`);
    }
  }
  // the guest routes: an unknown token, and another participant's valid token on the victim's assessment
  const unknown = "A".repeat(43);
  for (const m of guestMethods) {
    for (const [who, req, token] of [["unknown link", anon.request, unknown], ["another participant", otherGuest.page.request, otherGuest.token], ["signed-in advisor, unknown link", advisor.request, unknown]] as const) {
      if (token === otherGuest.token && !m.route.includes("[assessmentId]")) continue; // its own link, its own data
      const url = fillRoute(m.route, { token, assessmentId: victim.assessmentId });
      // a body its own link would accept, so that only whose assessment it is decides
      const res = token === otherGuest.token && m.method !== "GET" ? await req.fetch(url, { method: m.method, data: m.route.endsWith("/submit") ? { revision: 0 } : { revision: 0, answers: {}, currentPage: 0 }, maxRedirects: 0, failOnStatusCode: false }) : await call(req, m.method, url);
      if (res.status() !== 404) outcomes.push(`${who}: ${m.method} ${url} -> ${res.status()}`);
      else expect(await res.text(), `${who} ${url}`).not.toContain("Opfer Werkstatt");
    }
  }
  expect(outcomes).toEqual([]);
  expect(await state()).toEqual(before);
  await anon.close();
});
