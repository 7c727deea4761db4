import { expect, test } from "@playwright/test";
import { answer, createCompany, register, screenshot, startDigitalReadiness, uniqueEmail, waitSaved } from "./helpers";

/** Defects of first use from the UX review: reload during an assessment, the save indicator on a phone. */
test.describe.configure({ mode: "serial" });

const CONFLICT = "In einem anderen Fenster wurde weitergearbeitet";

test("a plain reload during an assessment is not reported as work in another window", async ({ page }) => {
  await register(page, uniqueEmail("reload"));
  await createCompany(page, "Neu Laden GmbH");
  await startDigitalReadiness(page);
  const choices = ["Weitgehend umgesetzt", "Noch nicht begonnen"];
  for (const choice of choices) {
    await answer(page, "data_machine_capture", choice);
    await page.reload(); // before the debounced save: the keepalive save of the old page races the new one
    await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
    await page.waitForTimeout(2500);
    await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
    await expect(page.getByText(CONFLICT)).toHaveCount(0);
    await expect(page.locator('[data-name="data_machine_capture"]').getByRole("radio", { name: choice, exact: true })).toBeChecked();
  }
  await waitSaved(page);
  await page.reload();
  await page.waitForTimeout(2000);
  await expect(page.getByText(CONFLICT)).toHaveCount(0);
});

test("on a phone the save indicator covers no answer option and says nothing alarming while it saves", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await register(page, uniqueEmail("phone"));
  await createCompany(page, "Handy KG");
  await startDigitalReadiness(page);
  const indicator = page.locator("[data-save-status]");
  const last = page.locator(".sd-page .sd-question").last().getByRole("radio").last();
  // the last option at the foot of the screen, where a thumb reaches it (a fixed badge sat there)
  await last.evaluate((el) => el.closest("label")!.scrollIntoView({ block: "end" }));
  const a = (await indicator.boundingBox())!;
  // the option's whole row (full width of the question), not only its label text
  const b = (await last.locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' sd-item ')][1]").boundingBox())!;
  expect(b.width).toBeGreaterThan(250);
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap, `indicator ${JSON.stringify(a)} vs last option ${JSON.stringify(b)}`).toBe(false);
  await last.locator("xpath=ancestor::label[1]").click();
  await expect(last).toBeChecked();
  await expect(indicator).not.toContainText("Nicht gespeichert");
  await waitSaved(page);
  // the step and the count in words, whole on a phone
  const progress = page.getByTestId("survey-progress");
  await expect(progress).toContainText(/Schritt 2 von \d+: Daten und Vernetzung/);
  await expect(progress).toContainText(/1 von \d+ Fragen beantwortet/);
  await answer(page, "data_machine_capture", "Teilweise umgesetzt");
  await expect(progress).toContainText(/2 von \d+ Fragen beantwortet/);
  const box = (await progress.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await screenshot(page, "first-use-phone-saved");
});

test("the login and register forms can show the password while typing", async ({ page }) => {
  for (const path of ["/register", "/login"]) {
    await page.goto(path);
    const field = page.getByLabel("Passwort", { exact: true });
    await field.fill("Geheim-2026!");
    await expect(field).toHaveAttribute("type", "password");
    const toggle = page.getByRole("button", { name: "Anzeigen" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(field).toHaveAttribute("type", "text");
    await expect(field).toHaveValue("Geheim-2026!");
    await expect(page.getByRole("button", { name: "Verbergen" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Verbergen" }).click();
    await expect(field).toHaveAttribute("type", "password");
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/register");
  await screenshot(page, "first-use-register-phone");
});

test("every page has its own tab title", async ({ page }) => {
  const titles = new Map<string, string>();
  const visit = async (path: string) => {
    await page.goto(path);
    titles.set(path, await page.title());
  };
  await visit("/");
  await visit("/login");
  await visit("/register");
  await register(page, uniqueEmail("titles"));
  await visit("/companies/zzzzzzzzzzzzzzzzzzzzzzzz");
  await visit("/companies");
  const companyId = await createCompany(page, "Titel & Co. KG");
  await visit(`/companies/${companyId}`);
  await visit(`/companies/${companyId}/dashboard`);
  await page.goto(`/companies/${companyId}`);
  await startDigitalReadiness(page);
  titles.set("assessment", await page.title());
  const values = [...titles.values()];
  expect(new Set(values).size, JSON.stringify(Object.fromEntries(titles), null, 1)).toBe(values.length);
  expect(titles.get("/companies/zzzzzzzzzzzzzzzzzzzzzzzz")).toBe("Seite nicht gefunden · KMU-Kompass");
  for (const t of values) expect(t).toMatch(/KMU-Kompass/);
});

test("forms cannot be sent before the page is ready: the server HTML has their submit buttons disabled", async ({ request }) => {
  // a click before hydration would submit natively, as a GET with the password in the address
  for (const path of ["/register", "/login", "/password-reset"]) {
    const html = await (await request.get(path)).text();
    const buttons = [...html.matchAll(/<button[^>]*type="submit"[^>]*>/g)].map((m) => m[0]);
    expect(buttons.length, path).toBeGreaterThan(0);
    for (const b of buttons) expect(b, path).toMatch(/\bdisabled\b/);
    expect(html, path).toMatch(/<form[^>]*method="post"/);
  }
});
