import { test, expect } from "@playwright/test";
import { ADMIN_EMAIL, register, uniqueEmail, screenshot } from "./helpers";

test.describe.configure({ mode: "serial" });

test("a non-admin gets the German 404 on the content pages", async ({ page }) => {
  await register(page, uniqueEmail("owner"));
  for (const url of ["/admin/content", "/admin/content/trust/1.0.0?lang=de"]) {
    const res = await page.goto(url);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expect(page.getByText("Inhalte und Versionen")).toHaveCount(0);
  }
});

test("an admin sees keys, versions, item counts and the hash check, and previews a questionnaire", async ({ page }) => {
  await register(page, ADMIN_EMAIL, "Rita Redaktion");
  await page.goto("/admin/content");
  await expect(page.getByRole("heading", { level: 1, name: "Inhalte und Versionen" })).toBeVisible();
  await expect(page.locator("[data-manifest=ok]")).toContainText("Alle 11 Inhaltsdateien stimmen mit dem Manifest überein");
  for (const title of ["Unternehmensprofil", "Kreislauf des Vertrauens", "Digitale Reife", "Vertrauen in der Kooperation"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  const old = page.locator('[data-version="digital-readiness@0.1.0"]');
  await expect(old).toContainText("unverändert");
  await expect(old).toContainText("Daten und Vernetzung: 3 Aussagen");
  const current = page.locator('[data-version="digital-readiness@1.0.0"]');
  await expect(current).toContainText("aktuell");
  await expect(current.locator("li", { hasText: "Aussagen" })).toHaveCount(7);
  await expect(page.locator('[data-version="measures@1.0.0"]')).toContainText("Maßnahmen");
  await expect(page.locator('[data-version="measures@1.1.0"]')).toContainText("37 Maßnahmen");
  await screenshot(page, "admin-content-de");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "admin-content-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // preview of the partner view in English: read-only, partner titles, every question on one page
  await page.locator('[data-version="trust@1.0.0"]').getByRole("link", { name: "Bild vom Partner (EN)" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/trust\/1\.0\.0\?lang=en&perspective=partner$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trust in a cooperation" })).toBeVisible();
  await expect(page.getByText("Our partner has the expertise and technology we need from them in this cooperation.")).toBeVisible();
  await expect(page.locator('[data-name="tech_confident_use"]')).toBeVisible();
  await expect(page.locator('[data-name="comp_expertise"] input[type=radio]').first()).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: /Complete|Abschließen/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Eigene Sicht" }).click();
  await expect(page.getByText("We have the expertise and technology our partner needs from us in this cooperation.")).toBeVisible();
  await page.getByRole("link", { name: "Deutsch", exact: true }).click();
  await expect(page.getByText("Wir haben das Fachwissen und die Technik, die unser Partner in dieser Kooperation von uns braucht.")).toBeVisible();
  await screenshot(page, "admin-preview-trust-de");

  // conditional questions are shown in the preview too (the ERP name only appears after "ERP" is ticked)
  await page.goto("/admin/content/company-profile/1.0.0?lang=de");
  await expect(page.getByText("Welches ERP-System nutzen Sie?")).toBeVisible();
});
