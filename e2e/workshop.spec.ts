import { test, expect, type Browser, type Page } from "@playwright/test";
import { PASSWORD, SIGN_UP_TIMEOUT, answer, pdfText, register, screenshot, uniqueEmail, waitSaved } from "./helpers";
import { checkA11y } from "./axe";

/**
 * A workshop: the advisor and six participants, each in a browser context of their own. The
 * projector shows no group picture below k = 5 finished companies, the picture at the 5th, and the
 * 6th alone does not change it; a 7th is refused once the workshop is closed; consent gates the
 * advisor's view of one company; one participant takes the result into a new account.
 * Participant 1 joins and answers through the UI on a phone; the others fill in through the same
 * guest API the questionnaire uses (page.request in their own context), to keep the test short.
 * The workshop runs the ten-minute core check (the new-workshop form ticks it); the advisor's
 * group PDF for the handout is downloaded and read.
 */
test.describe.configure({ mode: "serial" });

const KEY = "digital-readiness-core";

async function context(browser: Browser, width = 1280, height = 900): Promise<Page> {
  const ctx = await browser.newContext({ locale: "de-DE", viewport: { width, height } });
  return ctx.newPage();
}

/** Joins on the join page with the given company; lands on the personal guest page and returns its token. */
async function join(page: Page, code: string, company: string, opts: { consent?: boolean; email?: string } = {}): Promise<string> {
  await page.goto(`/join/${code}`);
  await page.getByLabel("Name Ihres Unternehmens").fill(company);
  await page.getByLabel("Branche").selectOption("C");
  await page.getByLabel("Beschäftigte").selectOption("10-49");
  await page.getByLabel("Bundesland").selectOption("SN");
  if (opts.email) await page.getByLabel("E-Mail-Adresse (optional)").fill(opts.email);
  if (opts.consent) await page.getByLabel(/Workshop-Leitung darf das Ergebnis unseres Unternehmens/).check();
  await page.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(page).toHaveURL(/\/g\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("workshop-title")).toBeVisible();
  return new URL(page.url()).pathname.split("/g/")[1];
}

/** Fills every item with one level through the guest API (as the questionnaire's autosave does) and submits. */
async function finishByApi(page: Page, token: string, level: number, assessmentId?: string): Promise<string> {
  const base = `/api/g/${token}/assessments`;
  const id = assessmentId ?? (await (await page.request.post(base, { data: { questionnaireKey: KEY, perspective: "self" } })).json()).id;
  const state = await (await page.request.get(`${base}/${id}`)).json();
  const answers = { ...state.answers, ...Object.fromEntries(ALL_ITEMS.filter((i) => !(i in state.answers)).map((i) => [i, level])) };
  const saved = await page.request.put(`${base}/${id}`, { data: { revision: state.revision, answers, currentPage: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  const submit = await page.request.post(`${base}/${id}/submit`, { data: { revision: (await saved.json()).revision } });
  expect(submit.status(), await submit.text()).toBe(200);
  return id;
}

/** the scored items of the core check digital-readiness-core 1.0.0 (the level applies to all of them) */
let ALL_ITEMS: string[] = [];

test("workshop: advisor and six companies, anonymity held, consent and claim", async ({ browser }) => {
  test.setTimeout(300_000);
  const { readFileSync } = await import("node:fs");
  const q = JSON.parse(readFileSync("content/questionnaires/digital-readiness-core/1.0.0.json", "utf8"));
  ALL_ITEMS = q.scoring.items.map((i: { id: string }) => i.id);

  // the advisor creates the workshop
  const advisor = await context(browser);
  await register(advisor, uniqueEmail("beraterin"), "Berta Beraterin");
  await advisor.goto("/advisor/workshops");
  await checkA11y(advisor, "workshops-empty");
  await expect(advisor.getByTestId("workshops-next")).toContainText("Legen Sie einen Workshop an");
  await advisor.getByRole("link", { name: "Neuen Workshop anlegen" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: "Neuer Workshop" })).toBeVisible();
  await checkA11y(advisor, "workshop-new");
  await advisor.getByLabel("Titel").fill("Digitalisierung im Mittelstand");
  await advisor.getByLabel("Ort", { exact: true }).fill("Kammer Musterstadt, Saal 2");
  // the ten-minute core check is offered first and ticked (it fits a half-day workshop); the full check is offered too
  await expect(advisor.getByLabel(/^Digitale Reife – Kurzcheck \(etwa 10 Minuten\)/)).toBeChecked();
  await expect(advisor.getByLabel(/^Digitale Reife \(etwa 30 Minuten\)/)).not.toBeChecked();
  await advisor.getByRole("button", { name: "Workshop anlegen" }).click();
  await expect(advisor).toHaveURL(/\/advisor\/workshops\/[a-z0-9]{20,}$/);
  const workshopUrl = advisor.url();
  const workshopId = workshopUrl.split("/").pop()!;
  const code = (await advisor.getByTestId("join-code").innerText()).replace("-", "");
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  await expect(advisor.getByTestId("join-link")).toHaveText(new RegExp(`/join/${code}$`));
  await expect(advisor.getByTestId("join-qr").locator("svg")).toBeVisible();
  const qr = await advisor.request.get(`/api/workshops/${workshopId}/qr.svg`);
  expect(qr.headers()["content-type"], await qr.text()).toContain("image/svg+xml");
  await expect(advisor.getByTestId("group-downloads-none")).toContainText("sobald mindestens 5 Betriebe fertig sind");
  expect((await advisor.request.get(`/api/workshops/${workshopId}/group.pdf`)).status()).toBe(409);
  await expect(advisor.getByTestId("workshop-next")).toContainText("Öffnen Sie die Leinwand-Ansicht");
  await expect(advisor.getByTestId("workshop-log").locator("li")).toHaveCount(1);
  // k can change until the first group state: a wrong number says why, a good one is saved and shown
  const kForm = advisor.getByTestId("workshop-k");
  await kForm.getByLabel("Mindestzahl fertiger Betriebe für das Gruppenbild").fill("2");
  await kForm.getByRole("button", { name: "Mindestzahl speichern" }).click();
  // the field itself is marked and says why (the form's alert says to look at it)
  await expect(kForm.getByLabel("Mindestzahl fertiger Betriebe für das Gruppenbild")).toHaveAttribute("aria-invalid", "true");
  await expect(kForm.locator("#k-error")).toHaveText("Bitte geben Sie eine ganze Zahl von 3 bis 40 ein.");
  await expect(kForm.getByLabel("Mindestzahl fertiger Betriebe für das Gruppenbild")).toBeFocused();
  await kForm.getByLabel("Mindestzahl fertiger Betriebe für das Gruppenbild").fill("6");
  await kForm.getByRole("button", { name: "Mindestzahl speichern" }).click();
  await expect(kForm.getByRole("status")).toContainText("Gespeichert.");
  await expect(advisor.getByTestId("group-downloads-none")).toContainText("sobald mindestens 6 Betriebe fertig sind");
  await kForm.getByLabel("Mindestzahl fertiger Betriebe für das Gruppenbild").fill("5");
  await kForm.getByRole("button", { name: "Mindestzahl speichern" }).click();
  await expect(advisor.getByTestId("group-downloads-none")).toContainText("sobald mindestens 5 Betriebe fertig sind");
  await checkA11y(advisor, "workshop-detail");

  // the projector, in the advisor's second tab, at 1920×1080
  const projector = await advisor.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${workshopUrl}/projector`);
  await expect(projector.getByTestId("join-code")).toHaveText(`${code.slice(0, 4)}-${code.slice(4)}`);
  await expect(projector.getByTestId("projector-waiting")).toContainText("sobald 5 Betriebe fertig sind");
  // the room sees no app header (sign-out, menu) and no footer; the way back is on the page
  await expect(projector.getByRole("button", { name: "Abmelden" })).toBeHidden();
  await expect(projector.locator("footer")).toBeHidden();
  await expect(projector.getByRole("link", { name: "Zurück zum Workshop" })).toBeVisible();
  await checkA11y(projector, "workshop-projector-empty");

  // a wrong code says so
  const stranger = await context(browser, 390, 844);
  await stranger.goto("/join/ZZZZ2222");
  await expect(stranger.getByTestId("join-refused")).toContainText("Diesen Beitrittscode gibt es nicht");

  // participant 1 on a phone: joins with consent, answers through the questionnaire, then the rest
  const p1 = await context(browser, 390, 844);
  await p1.goto(`/join/${code}`);
  await screenshot(p1, "workshop-join-390");
  await checkA11y(p1, "workshop-join-390");
  const t1 = await join(p1, code, "Tischlerei Holzwurm", { consent: true });
  await checkA11y(p1, "workshop-guest-home-390");
  await p1.getByTestId(`guest-start-${KEY}`).getByRole("button").click();
  await expect(p1).toHaveURL(/\/g\/[A-Za-z0-9_-]{43}\/assessments\/[a-z0-9]+$/);
  await expect(p1.locator(".sd-progress-buttons").first()).toBeVisible();
  const a1 = p1.url().split("/assessments/")[1];
  await answer(p1, "strat_goals", "Teilweise umgesetzt");
  await answer(p1, "strat_customer_needs", "Weitgehend umgesetzt");
  await waitSaved(p1);
  await screenshot(p1, "workshop-questionnaire-390");
  await p1.screenshot({ path: "test-results/screens/workshop-questionnaire-390-screen.png" });
  await p1.reload();
  await expect(p1.locator('[data-name="strat_goals"]').getByRole("radio", { name: "Teilweise umgesetzt", exact: true })).toBeChecked();
  await finishByApi(p1, t1, 1, a1);
  await p1.goto(`/g/${t1}/assessments/${a1}/result`);
  await expect(p1.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(p1.getByTestId("claim-offer")).toHaveText("In ein Konto übernehmen");

  // participants 2-4 finish: still no group picture
  const others: { page: Page; token: string }[] = [];
  for (const [i, name] of ["Metallbau Funke", "Bäckerei Korn", "Druckerei Satz", "Elektro Watt", "Gärtnerei Grün"].entries()) {
    const page = await context(browser);
    others.push({ page, token: await join(page, code, name) });
    if (i < 3) await finishByApi(page, others[i].token, (i % 4) + 1);
  }
  await expect(projector.getByTestId("count-finished")).toHaveText("4", { timeout: 5_000 });
  await expect(projector.getByTestId("count-joined")).toHaveText("6");
  await expect(projector.getByTestId("group-view")).toHaveCount(0);
  await expect(projector.getByTestId("projector-waiting")).toContainText("Es fehlt noch 1 Betrieb");
  const below = await (await advisor.request.get(`/api/workshops/${workshopId}/state`)).json();
  expect(below.publication).toBeNull();
  expect(JSON.stringify(below)).not.toMatch(/mean|Holzwurm|Funke/);
  await screenshot(projector, "workshop-projector-below-k-1920");

  // the 5th: the radar appears within 2 s of polling
  await finishByApi(others[3].page, others[3].token, 3);
  const started = Date.now();
  await expect(projector.getByTestId("group-radar").locator("svg")).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(projector.getByTestId("group-view")).toContainText("Gruppenbild aus 5 Betrieben");
  await expect(projector.getByTestId("projector")).toHaveAttribute("data-published-seq", "1");
  const shown = await projector.getByTestId("group-view").innerText();
  expect(shown).not.toMatch(/Holzwurm|Funke|Korn|Satz|Watt/);
  await screenshot(projector, "workshop-projector-1920");
  await projector.screenshot({ path: "test-results/screens/workshop-projector-1920-screen.png" });
  await checkA11y(projector, "workshop-projector-1920");

  // the 6th alone does not change the view
  await finishByApi(others[4].page, others[4].token, 4);
  await expect(projector.getByTestId("count-finished")).toHaveText("6", { timeout: 5_000 });
  await projector.waitForTimeout(2_000);
  await expect(projector.getByTestId("projector")).toHaveAttribute("data-published-seq", "1");
  await expect(projector.getByTestId("group-view")).toContainText("Gruppenbild aus 5 Betrieben");
  expect(await projector.getByTestId("group-view").innerText()).toBe(shown);
  await expect(projector.getByTestId("projector-waiting")).toContainText("1 weiterer Betrieb");
  // the anonymised CSV of the published state: aggregates, no company
  const csv = await advisor.request.get(`/api/workshops/${workshopId}/group.csv`);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  expect(csvText).toContain("digital-readiness-core;Handlungsfeld;strategy;");
  expect(csvText.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Fragebogen;Zeile;Kennung;Bezeichnung;Betriebe;Durchschnitt;unteres Viertel;Median;oberes Viertel;Betriebe mit Lücke");
  expect(csvText).not.toMatch(/;\d+\.\d+;/); // decimals with a comma for German Excel
  expect(csvText).not.toMatch(/Holzwurm|Funke|Korn|Satz|Watt|Grün/);
  // the group PDF for the handout: the same published state (5 companies, not 6), no company
  const pdf = await advisor.request.get(`/api/workshops/${workshopId}/group.pdf`);
  expect(pdf.status(), await pdf.text()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfWords = pdfText(await pdf.body(), "workshop-group").replace(/\s+/g, " ");
  expect(pdfWords).toContain("Digitalisierung im Mittelstand");
  expect(pdfWords).toContain("Kammer Musterstadt, Saal 2");
  expect(pdfWords).toContain("5 Betriebe");
  expect(pdfWords).toContain("Digitale Reife – Kurzcheck");
  expect(pdfWords).toContain("Streuung je Handlungsfeld");
  expect(pdfWords).toContain("Die häufigsten Lücken");
  expect(pdfWords).toContain("Die am häufigsten empfohlenen Maßnahmen");
  expect(pdfWords).toMatch(/\d von 5 Betrieben/);
  expect(pdfWords).toContain("Maßnahmenkatalog 1.3.0");
  expect(pdfWords).not.toMatch(/Holzwurm|Funke|Korn|Satz|Watt|Grün|Berta/);
  // a stranger's request and a request before any state are refused (see the end and group-pdf.db.test.ts)

  // consent gates the advisor's view of a single company
  await advisor.goto(workshopUrl);
  await expect(advisor.getByTestId("group-pdf")).toHaveAttribute("href", `/api/workshops/${workshopId}/group.pdf`);
  // both downloads are on the workshop's history (the routes record them), with the k changes before
  const history = advisor.getByTestId("workshop-log");
  await expect(history.locator('[data-action="workshop.group.pdf"]')).toHaveText(/Gruppenergebnis als PDF heruntergeladen \(Gruppenbild Nr\. 1, Deutsch\)/);
  await expect(history.locator('[data-action="workshop.group.csv"]')).toHaveText(/Gruppenergebnis als CSV heruntergeladen \(Gruppenbild Nr\. 1, Deutsch\)/);
  await expect(history.locator('[data-action="workshop.k"]').first()).toContainText("Mindestzahl geändert: 6 → 5");
  await expect(history.locator("li").last()).toContainText("Workshop angelegt (Mindestzahl 5)");
  await expect(advisor.getByTestId("workshop-next")).toContainText("Laden Sie das Gruppenergebnis als PDF für das Handout herunter");
  // since the first group state, k is fixed: the page says so and the API refuses a change
  await expect(advisor.getByTestId("workshop-k-fixed")).toContainText("Mindestzahl: 5 fertige Betriebe");
  await expect(advisor.getByTestId("workshop-k")).toHaveCount(0);
  const kLater = await advisor.request.patch(`/api/workshops/${workshopId}`, { data: { k: 3 } });
  expect(kLater.status()).toBe(409);
  expect((await kLater.json()).error.message).toContain("Die Mindestzahl lässt sich nicht mehr ändern");
  const consented = advisor.getByTestId("consent-list").getByRole("listitem");
  await expect(consented).toHaveCount(1);
  await expect(consented).toContainText("Tischlerei Holzwurm");
  await expect(advisor.getByText("5 Betriebe haben nicht zugestimmt.")).toBeVisible();
  await consented.getByRole("link", { name: "Ergebnis ansehen" }).click();
  await expect(advisor.getByRole("heading", { level: 1 })).toContainText("Tischlerei Holzwurm");
  const companyPath = new URL(advisor.url()).pathname;
  // participant 1 withdraws: the advisor's next request is refused
  await p1.goto(`/g/${t1}`);
  await p1.getByRole("button", { name: "Freigabe zurücknehmen" }).click();
  await expect(p1.getByTestId("consent-state")).toContainText("nur das anonyme Gruppenbild");
  const gone = await advisor.goto(companyPath);
  expect(gone?.status()).toBe(404);
  await advisor.goto(workshopUrl);
  await expect(advisor.getByTestId("consent-none")).toBeVisible();

  // closing: a 7th company is refused with a clear message, and answers are closed
  advisor.once("dialog", (d) => d.accept());
  await advisor.getByTestId("workshop-close").getByRole("button").click();
  await expect(advisor.getByTestId("workshop-status")).toContainText("geschlossen");
  await expect(advisor.getByTestId("workshop-next")).toContainText("Geben Sie den Betrieben das Gruppenergebnis als PDF mit");
  await expect(advisor.getByTestId("workshop-log").locator("li").first()).toHaveAttribute("data-action", "workshop.close");
  const late = await context(browser, 390, 844);
  await late.goto(`/join/${code}`);
  await expect(late.getByTestId("join-refused")).toContainText("ist geschlossen");
  const refused = await late.request.post(`/api/join/${code}`, { data: { companyName: "Spät GmbH", industry: "C", sizeBand: "1-9", region: "BE", consent: false } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toContain("geschlossen");
  const closedSave = await others[0].page.request.post(`/api/g/${others[0].token}/assessments`, { data: { questionnaireKey: KEY, perspective: "self" } });
  expect(closedSave.status()).toBe(409);
  await expect(projector.getByText("Der Workshop ist geschlossen.")).toBeVisible({ timeout: 5_000 });
  // nobody can join any more: the screen no longer shows the code and the QR
  await expect(projector.getByTestId("join-code")).toHaveCount(0);
  await expect(projector.getByTestId("join-qr")).toHaveCount(0);
  await others[0].page.goto(`/g/${others[0].token}`);
  await expect(others[0].page.getByTestId("workshop-closed")).toBeVisible();

  // participant 1 takes the result into a new account with the one-time code
  await p1.goto(`/g/${t1}`);
  await p1.getByTestId("claim-create").getByRole("button").click();
  const message = await p1.getByRole("status").filter({ hasText: "Ihr Code" }).innerText();
  const claim = /Ihr Code: ([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})/.exec(message)?.[1];
  expect(claim, message).toBeTruthy();
  await p1.getByRole("link", { name: "Ergebnis aus dem Workshop übernehmen" }).click();
  await p1.getByRole("link", { name: "Konto anlegen" }).click();
  await expect(p1).toHaveURL(/\/register\?callbackUrl=/);
  await p1.getByLabel("Ihr Name (optional)").fill("Hanna Holzwurm");
  await p1.getByLabel("E-Mail-Adresse").fill(uniqueEmail("holzwurm"));
  await p1.getByLabel("Passwort").fill(PASSWORD);
  await p1.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(p1).toHaveURL(/\/claim$/, { timeout: SIGN_UP_TIMEOUT });
  await checkA11y(p1, "workshop-claim-390");
  await p1.getByLabel("Code").fill(claim!);
  await p1.getByRole("button", { name: "Übernehmen" }).click();
  await expect(p1).toHaveURL(/\/companies\/[a-z0-9]+$/);
  await expect(p1.getByRole("heading", { level: 1, name: "Tischlerei Holzwurm" })).toBeVisible();
  // the personal link has ended; the result is the company's own now
  const old = await p1.goto(`/g/${t1}`);
  expect(old?.status()).toBe(404);
  await p1.goto(`${new URL(p1.url()).origin}${companyPath}`);
  await expect(p1.getByRole("heading", { level: 1 })).toContainText("Tischlerei Holzwurm");
  // the workshop itself stays the advisor's: someone else signed in gets a 404, nobody signed in a 401
  expect((await p1.request.get(`/api/workshops/${workshopId}/state`)).status()).toBe(404);
  expect((await p1.request.get(`/api/workshops/${workshopId}/group.pdf`)).status()).toBe(404);
  expect((await late.request.get(`/api/workshops/${workshopId}/group.pdf`)).status()).toBe(401);
  expect((await p1.goto(`${workshopUrl}/projector`))?.status()).toBe(404);
  expect((await late.request.get(`/api/workshops/${workshopId}/state`)).status()).toBe(401);
});
