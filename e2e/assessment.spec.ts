import { test, expect } from "@playwright/test";
import { register, createCompany, uniqueEmail, screenshot, pdfText, startDigitalReadiness, answer, waitSaved } from "./helpers";

test.describe.configure({ mode: "serial" });


test("an owner runs the check end to end: answers survive a reload, the result and the PDF agree", async ({ page }) => {
  await register(page, uniqueEmail("owner"), "Jörg Müller");
  await expect(page.getByText("Sie haben noch kein Unternehmen angelegt.", { exact: false })).toBeVisible();
  await screenshot(page, "03-companies-empty");

  // bad input on company creation
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie den Namen des Unternehmens ein (mindestens 2 Zeichen).")).toBeVisible();
  await expect(page.getByText("Bitte wählen Sie eine Branche.")).toBeVisible();

  const companyId = await createCompany(page, "Fräsbetrieb Groß & Söhne GmbH");
  await page.goto("/companies");
  await expect(page.getByRole("link", { name: /Fräsbetrieb Groß & Söhne GmbH/ })).toBeVisible();
  await page.getByRole("link", { name: /Fräsbetrieb Groß & Söhne GmbH/ }).click();
  await screenshot(page, "04-company");

  // the newest version (1.0.0) is offered; page 1 (strategy) is skipped, page 2 is "data"
  const assessmentUrl = await startDigitalReadiness(page);
  expect(assessmentUrl).toContain(`/companies/${companyId}/assessments/`);

  await answer(page, "data_machine_capture", "Teilweise umgesetzt"); // 50
  await answer(page, "data_no_double_entry", "Vollständig umgesetzt und gelebt"); // 100
  await answer(page, "data_interfaces", "Trifft bei uns nicht zu"); // left out
  await waitSaved(page);
  await screenshot(page, "05-survey-page1");

  // nothing is lost on reload
  await page.reload();
  await expect(page.locator('[data-name="data_no_double_entry"]').getByRole("radio", { name: "Vollständig umgesetzt und gelebt", exact: true })).toBeChecked();
  // switching the language mid-way: the questions follow (they stayed German until a reload), the answers stay
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator('[data-name="data_no_double_entry"]').getByRole("radio", { name: "Fully in place and lived", exact: true })).toBeChecked();
  await expect(page.getByRole("button", { name: "Next" })).toBeVisible();
  await page.getByRole("button", { name: "Auf Deutsch wechseln" }).click();
  await expect(page.locator('[data-name="data_no_double_entry"]').getByRole("radio", { name: "Vollständig umgesetzt und gelebt", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "proc_erp", "Noch nicht begonnen"); // 0
  await waitSaved(page);

  // leave and come back: the draft reopens on the page where the user left
  await page.goto(`/companies/${companyId}`);
  await expect(page.getByRole("heading", { name: "Ihr nächster Schritt" })).toBeVisible();
  await page.getByRole("link", { name: "Weiter ausfüllen" }).first().click();
  await expect(page).toHaveURL(assessmentUrl);
  await expect(page.locator('[data-name="proc_erp"]').getByRole("radio", { name: "Noch nicht begonnen", exact: true })).toBeChecked();
  await answer(page, "proc_standard", "Weitgehend umgesetzt"); // 75
  await answer(page, "proc_single_source", "Erste Ideen, noch nichts umgesetzt"); // 25
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Weiter" }).click();
  // on a phone the long finish button wraps instead of running past the screen's edge
  await page.setViewportSize({ width: 390, height: 844 });
  const finishBox = (await page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" }).boundingBox())!;
  await page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/05-survey-finish-phone.png" });
  expect(finishBox.x + finishBox.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" }).click();

  await expect(page).toHaveURL(/\/result$/);
  // data: (50 + 100) / 2 = 75; processes (ERP weighs 1.5): (0 * 1.5 + 75 + 25) / 3.5 = 28.6;
  // overall = mean of the answered dimensions = (75 + 28.6) / 2 = 51.8
  await expect(page.getByTestId("overall-score")).toContainText("52");
  await expect(page.locator('[data-dimension="data"]')).toContainText("75");
  await expect(page.locator('[data-dimension="processes"]')).toContainText("29");
  await expect(page.locator('[data-dimension="strategy"]')).toContainText("Nicht beantwortet");
  await expect(page.getByText("Auf gutem Weg").first()).toBeVisible();
  await expect(page.getByTestId("result-meta")).toContainText("Fragebogen-Version 1.0.0");
  await expect(page.getByTestId("result-completed")).not.toContainText("Version");
  await screenshot(page, "06-result");
  // on a phone the table is one block per area: the bar keeps its width, nothing is cut off
  await page.setViewportSize({ width: 390, height: 844 });
  const row = page.locator('[data-dimension="data"]');
  const bar = (await row.locator('[aria-hidden="true"]').first().boundingBox())!;
  expect(bar.width).toBeGreaterThan(150);
  const answered = (await row.locator("td").last().boundingBox())!;
  expect(answered.x + answered.width).toBeLessThanOrEqual(390);
  await screenshot(page, "06-result-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // the PDF carries the same figures
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ergebnis als PDF herunterladen" }).click()]);
  const pdf = await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  });
  const text = pdfText(pdf, "result-de");
  // the single result is its own report, not a plan without measures
  expect(text).toContain("Ergebnisbericht");
  expect(text).toContain("Ergebnis des Selbstchecks „Digitale Reife“");
  expect(text).not.toContain("Maßnahmenplan");
  expect(download.suggestedFilename()).toBe("Ergebnis-Digitale-Reife-Fräsbetrieb-Groß-&-Söhne-GmbH.pdf");
  expect(text).toContain("Fräsbetrieb Groß & Söhne GmbH");
  expect(text).toContain("1.0.0");
  expect(text).toMatch(/Daten und Vernetzung\s+75/);
  expect(text).toMatch(/Abläufe und Systeme\s+29/);
  expect(text).toContain("Jörg Müller");
  expect(text).toMatch(/Seite 1 \/ 1/); // page number drawn after layout, rendered in the worker pool

  // the company page lists the submitted assessment with its score
  await page.goto(`/companies/${companyId}`);
  await expect(page.getByRole("cell", { name: /^Abgeschlossen/ })).toBeVisible();
  await expect(page.locator('li[data-questionnaire="digital-readiness"] [data-testid="card-status"]')).toContainText("Abgeschlossen am");
  await expect(page.getByText("Gesamt: 52 von 100")).toBeVisible();
  // content versions are named once, in the small line at the end of the page, not on the cards
  await expect(page.locator('li[data-questionnaire="digital-readiness"]')).not.toContainText("Version");
  await expect(page.getByTestId("content-versions")).toContainText("Digitale Reife Version 1.0.0");
  // a submitted assessment cannot be edited: its URL leads to the result
  await page.goto(assessmentUrl);
  await expect(page).toHaveURL(/\/result$/);
});

test("a stale save from another tab is refused with 409 and the page loads the newer state", async ({ page, context }) => {
  await register(page, uniqueEmail("tabs"));
  await createCompany(page, "Zwei Tabs GmbH");
  await startDigitalReadiness(page);
  await answer(page, "data_machine_capture", "Teilweise umgesetzt");
  await waitSaved(page);

  const other = await context.newPage();
  await other.goto(page.url());
  await answer(other, "data_machine_capture", "Vollständig umgesetzt und gelebt");
  await waitSaved(other);

  // the first tab still believes in the old revision: its next save is refused and it reloads the newer state
  await answer(page, "data_no_double_entry", "Noch nicht begonnen");
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "conflict", { timeout: 15_000 });
  await expect(page.locator('[data-name="data_machine_capture"]').getByRole("radio", { name: "Vollständig umgesetzt und gelebt", exact: true })).toBeChecked();
});

test("answers typed while the connection is down are saved once it is back", async ({ page, context }) => {
  await register(page, uniqueEmail("offline"));
  await createCompany(page, "Funkloch KG");
  await startDigitalReadiness(page);
  await context.setOffline(true);
  await answer(page, "data_machine_capture", "Weitgehend umgesetzt");
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "retrying", { timeout: 15_000 });
  await expect(page.locator("[data-save-status]")).toContainText("Nicht gespeichert");
  await screenshot(page, "07-offline");
  await context.setOffline(false);
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('[data-name="data_machine_capture"]').getByRole("radio", { name: "Weitgehend umgesetzt", exact: true })).toBeChecked();
});

test("the questionnaire comes as its own asset the browser keeps; if it cannot be loaded, the page offers to try again", async ({ page }) => {
  await register(page, uniqueEmail("asset"));
  await createCompany(page, "Kabelbruch OHG");
  let blocked = true;
  await page.route("**/api/content/**", (route) => (blocked ? route.abort("internetdisconnected") : route.fallback()));
  const card = page.locator("li", { has: page.getByRole("heading", { name: "Digitale Reife", exact: true }) });
  await card.getByRole("button", { name: "Starten" }).click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  const alert = page.getByRole("alert").filter({ hasText: "Der Fragebogen konnte nicht geladen werden" });
  await expect(alert).toBeVisible();
  await screenshot(page, "07b-survey-load-failed");

  // the page itself does not carry the questionnaire's texts; the asset is cached as immutable
  const html = await (await page.request.get(page.url())).text();
  const assetPath = /href="(\/api\/content\/[^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  expect(assetPath).toMatch(/^\/api\/content\/digital-readiness\/\d+\.\d+\.\d+\/survey\?lang=de&view=self$/);
  expect(html).not.toContain("direkt an der Maschine digital erfasst");
  const asset = await page.request.get(assetPath!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(JSON.stringify(await asset.json())).toContain("data_machine_capture");
  // a version this server does not know yet (a rolling deploy): 404 that says so and when to ask again
  const newer = await page.request.get(assetPath!.replace(/\/\d+\.\d+\.\d+\//, "/999.0.0/"));
  expect(newer.status()).toBe(404);
  expect(newer.headers()["retry-after"]).toBe("30");
  expect((await newer.json()).error.message).toContain("neue Version der Anwendung");

  blocked = false;
  await alert.getByRole("button", { name: "Erneut laden" }).click();
  await expect(page.locator(".sd-progress-buttons").first()).toBeVisible();
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "data_machine_capture", "Teilweise umgesetzt");
  await waitSaved(page);
});
