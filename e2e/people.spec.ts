import { test, expect, type Browser, type Page } from "@playwright/test";
import { ADMIN_EMAIL, PASSWORD, SIGN_UP_TIMEOUT, answer, createCompany, register, screenshot, startDigitalReadiness, uniqueEmail, waitSaved } from "./helpers";

/**
 * Several people, each in a browser context of their own: the owner invites two colleagues (by link
 * and by e-mail through the outbox), both answer, the company's result shows both and where they
 * disagree; an advisor gets access to chosen parts, sees the company in the portfolio, is logged
 * in the owner's access log, and loses access the moment the owner revokes it; signing out kills
 * a copied session cookie.
 */
test.describe.configure({ mode: "serial" });

async function person(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ locale: "de-DE" });
  return ctx.newPage();
}

/** Signs in, or registers when the account does not exist yet (the admin may come from another spec). */
async function signInOrRegister(page: Page, email: string, name: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForLoadState("networkidle");
  if (!new URL(page.url()).pathname.startsWith("/login")) return;
  await register(page, email, name);
}

/** Registers through the "create an account and accept" link of an invitation or grant page, then accepts. */
async function registerFromLink(page: Page, link: string, email: string, name: string, accept: string, opts: { prefilled?: boolean } = {}): Promise<void> {
  await page.goto(link);
  await page.getByRole("link", { name: "Konto anlegen und annehmen" }).click();
  await expect(page).toHaveURL(/\/register\?callbackUrl=/);
  // a link for a named address starts the form with it
  if (opts.prefilled) await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await page.getByLabel("Ihr Name (optional)").fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page).toHaveURL(new URL(link).pathname, { timeout: SIGN_UP_TIMEOUT });
  await page.getByRole("button", { name: accept }).click();
}

/** The newest link to `path` in the mail to `to`, read by the admin in the outbox. */
async function linkFromOutbox(admin: Page, to: string, path: "invite" | "grant"): Promise<string> {
  await admin.goto("/admin/outbox");
  const mail = admin.locator(`[data-testid=mail][data-to="${to}"]`).first();
  await expect(mail).toBeVisible();
  const text = await mail.locator("pre").innerText();
  const m = new RegExp(`https?://[^\\s]+/${path}/[A-Za-z0-9_-]{43}`).exec(text);
  expect(m, text).not.toBeNull();
  return m![0];
}

/** A colleague answers the data questions through the survey and submits; returns the assessment API path. */
async function answerAndSubmit(page: Page, companyId: string, choice: string): Promise<string> {
  await page.goto(`/companies/${companyId}`);
  await startDigitalReadiness(page);
  for (const q of ["data_machine_capture", "data_no_double_entry", "data_interfaces"]) await answer(page, q, choice);
  await waitSaved(page);
  const api = `/api${new URL(page.url()).pathname}`;
  const state = await (await page.request.get(api)).json();
  const res = await page.request.post(`${api}/submit`, { data: { revision: state.revision } });
  expect(res.status()).toBe(200);
  return api;
}

test("owner, two colleagues and an advisor work together, with the company in control", async ({ browser }) => {
  test.setTimeout(240_000);
  const owner = await person(browser);
  const ownerEmail = uniqueEmail("inhaberin");
  await register(owner, ownerEmail, "Olga Inhaberin");
  const companyId = await createCompany(owner, "Team & Partner GmbH");

  // invitation by link
  await owner.getByRole("link", { name: "Personen" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Personen und Zugriffe");
  await owner.getByRole("button", { name: "Einladen" }).click();
  const linkBox = owner.getByTestId("copy-link");
  await expect(linkBox).toBeVisible();
  const inviteLink = await linkBox.inputValue();
  expect(inviteLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const anna = await person(browser);
  const annaEmail = uniqueEmail("anna");
  await registerFromLink(anna, inviteLink, annaEmail, "Anna Fertigung", "Einladung annehmen");
  await expect(anna.getByRole("heading", { level: 1, name: "Team & Partner GmbH" })).toBeVisible();
  // the link works once
  const again = await person(browser);
  await again.goto(inviteLink);
  await expect(again.getByRole("heading", { name: "Dieser Link gilt nicht (mehr)" })).toBeVisible();

  // invitation by e-mail: no SMTP here, so it waits in the outbox that the admin reads
  const bernd = await person(browser);
  const berndEmail = uniqueEmail("bernd");
  await owner.goto(`/companies/${companyId}/people`);
  await owner.getByLabel("E-Mail-Adresse (optional)").fill(berndEmail);
  await owner.getByRole("button", { name: "Einladen" }).click();
  await expect(owner.getByRole("status")).toContainText("liegt im Postausgang");
  const admin = await person(browser);
  await signInOrRegister(admin, ADMIN_EMAIL, "Rita Redaktion");
  const mailedLink = await linkFromOutbox(admin, berndEmail, "invite");
  await registerFromLink(bernd, mailedLink, berndEmail, "Bernd IT", "Einladung annehmen", { prefilled: true });
  await expect(bernd.getByRole("heading", { level: 1, name: "Team & Partner GmbH" })).toBeVisible();

  // both answer their own copy, far apart on the data questions
  await answerAndSubmit(anna, companyId, "Noch nicht begonnen");
  // Bernd has not answered yet: his card says so instead of "Abgeschlossen" (Anna's status)
  await bernd.goto(`/companies/${companyId}`);
  const berndCard = bernd.locator('li[data-questionnaire="digital-readiness"] [data-testid="card-status"]');
  await expect(berndCard).toContainText("Von 1 Person abgeschlossen");
  await expect(berndCard).toContainText("Ihre eigenen Antworten fehlen noch");
  const berndApi = await answerAndSubmit(bernd, companyId, "Vollständig umgesetzt und gelebt");

  // the owner sees who finished, and the aggregate of two respondents with the disagreements
  await owner.goto(`/companies/${companyId}/people`);
  const members = owner.getByTestId("member");
  await expect(members).toHaveCount(3);
  await expect(owner.locator(`[data-email="${annaEmail}"] [data-testid=member-progress]`)).toContainText("Digitale Reife: abgeschlossen");
  await expect(owner.locator(`[data-email="${ownerEmail}"] [data-testid=member-progress]`)).toHaveText("Noch nicht begonnen");
  await screenshot(owner, "people-owner-1280");
  await owner.goto(`/companies/${companyId}/dashboard`);
  await expect(owner.getByText("Mittelwert aus den Antworten von 2 Personen")).toBeVisible();
  await expect(owner.getByText("Hier sind Sie sich nicht einig").first()).toBeVisible();
  // the gaps list names each answer with its respondent (the plan cards hold the same lines, folded away)
  await expect(owner.getByTestId("gaps").getByText(/Anna Fertigung: Noch nicht begonnen/).first()).toBeVisible();

  // the owner grants an advisor results and PDFs (not the single answers) until a date
  await owner.goto(`/companies/${companyId}/people`);
  const advisorEmail = uniqueEmail("beraterin");
  await owner.getByLabel("E-Mail-Adresse der Beraterin / des Beraters").fill(advisorEmail);
  await expect(owner.getByText("Mit „Zugriff geben“ erlauben Sie als Team & Partner GmbH")).toBeVisible();
  await owner.getByRole("button", { name: "Zugriff geben" }).click();
  await expect(owner.getByRole("status")).toContainText(advisorEmail);
  await expect(owner.locator("[data-testid=grant][data-state=pending]")).toHaveCount(1);

  const advisor = await person(browser);
  const grantLink = await linkFromOutbox(admin, advisorEmail, "grant");
  await registerFromLink(advisor, grantLink, advisorEmail, "Berta Beraterin", "Zugriff annehmen");
  await expect(advisor).toHaveURL(/\/advisor$/);
  // the header has changed with the grant too, without a reload
  await expect(advisor.locator("header").getByRole("link", { name: "Beratung", exact: true })).toBeVisible();
  const entry = advisor.getByTestId("portfolio-entry").filter({ hasText: "Team & Partner GmbH" });
  await expect(entry).toBeVisible();
  await expect(entry.getByTestId("portfolio-band")).toContainText("/ 100");
  await screenshot(advisor, "advisor-portfolio-1280");
  await entry.getByRole("link", { name: "Ergebnis und Plan ansehen" }).click();
  await expect(advisor.getByText("Mittelwert aus den Antworten von 2 Personen")).toBeVisible();
  // without the consent to single answers, people appear as "Person 1/2", and nothing can be changed or started
  await expect(advisor.getByText("Anna Fertigung")).toHaveCount(0);
  await expect(advisor.getByTestId("gaps").getByText(/Person [12]: /).first()).toBeVisible();
  await expect(advisor.getByRole("button", { name: /Starten/ })).toHaveCount(0);
  const pdf = await advisor.request.get(`/api/companies/${companyId}/plan.pdf`);
  expect(pdf.status()).toBe(200);
  // a part not granted: a clear message, no data
  const single = await advisor.request.get(`${berndApi}/pdf`);
  expect(single.status()).toBe(404);
  await advisor.goto(`/companies/${companyId}/people`);
  await expect(advisor.getByRole("heading", { name: "Kein Zugriff auf diesen Teil" })).toBeVisible();
  await expect(advisor.getByText("Das Unternehmen hat Ihnen für diesen Teil keinen Zugriff gegeben")).toBeVisible();
  expect((await advisor.request.patch(`/api/companies/${companyId}/plan/erp`, { data: { status: "done" } })).status()).toBe(403);

  // the owner's access log lists the advisor's reads
  await owner.goto(`/companies/${companyId}/access-log`);
  await expect(owner.getByTestId("chain-check")).toHaveAttribute("data-ok", "true");
  const outside = owner.locator("tr[data-outsider]");
  await expect(outside.filter({ hasText: "hat eine Seite mit Ergebnissen aufgerufen" }).first()).toContainText(advisorEmail);
  await expect(outside.filter({ hasText: "Maßnahmenplan als PDF geladen" }).first()).toBeVisible();
  // a refused download (a single result without that consent) is not logged as read
  await expect(outside.filter({ hasText: "Ergebnisbericht als PDF geladen" })).toHaveCount(0);
  await screenshot(owner, "access-log-1280");

  // the header links an advisor in force to the portfolio (read with the session row), nobody else
  await expect(advisor.locator("header").getByRole("link", { name: "Beratung", exact: true })).toBeVisible();
  await expect(owner.locator("header").getByRole("link", { name: "Beratung", exact: true })).toHaveCount(0);

  // revocation takes effect on the advisor's next request
  await owner.goto(`/companies/${companyId}/people`);
  owner.once("dialog", (d) => d.accept());
  await owner.getByTestId("revoke-grant").getByRole("button", { name: "Zugriff beenden" }).click();
  await expect(owner.locator("[data-testid=grant][data-state=revoked]")).toHaveCount(1);
  const gone = await advisor.goto(`/companies/${companyId}/dashboard`);
  expect(gone?.status()).toBe(404);
  expect((await advisor.request.get(`/api/companies/${companyId}/plan.pdf`)).status()).toBe(404);
  await advisor.goto("/advisor");
  await expect(advisor.getByTestId("portfolio-entry")).toHaveCount(0);
  await expect(advisor.locator("header").getByRole("link", { name: "Beratung", exact: true })).toHaveCount(0);

  // signing out makes a copied session cookie useless
  const cookies = await anna.context().cookies();
  expect(cookies.some((c) => c.name === "next-auth.session-token")).toBe(true);
  expect((await anna.request.get(`/companies/${companyId}`)).status()).toBe(200);
  await anna.getByRole("button", { name: "Abmelden" }).click();
  await expect(anna.getByRole("link", { name: "Anmelden" })).toBeVisible();
  const thief = await browser.newContext({ locale: "de-DE" });
  await thief.addCookies(cookies);
  const stolen = await thief.request.get(`/api/companies/${companyId}/export.json`);
  expect(stolen.status()).toBe(401);
  const p = await thief.newPage();
  await p.goto(`/companies/${companyId}`);
  await expect(p).toHaveURL(/\/login\?callbackUrl=/);

  // a removed member is refused on the next request
  await owner.goto(`/companies/${companyId}/people`);
  owner.once("dialog", (d) => d.accept());
  await owner.locator(`[data-email="${berndEmail}"]`).getByTestId("remove-member").getByRole("button", { name: "Entfernen" }).click();
  await expect(owner.getByTestId("member")).toHaveCount(2);
  expect((await bernd.goto(`/companies/${companyId}`))?.status()).toBe(404);

  await owner.setViewportSize({ width: 390, height: 844 });
  await screenshot(owner, "people-owner-390");
  await owner.goto(`/companies/${companyId}/access-log`);
  await screenshot(owner, "access-log-390");
});
