import { test, expect } from "@playwright/test";
import { HOST_NAME, screenshot } from "./helpers";

/**
 * The operator's legal pages, linked from every page's footer. The e2e server has an Impressum
 * file (e2e/fixtures/impressum.md) and no privacy file, so both cases are seen.
 */
test("the footer names the host and links both legal pages, on every page", async ({ page }) => {
  for (const path of ["/", "/login", "/register", "/gibt-es-nicht"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByText(`Betrieben von ${HOST_NAME}`)).toBeVisible();
    const legal = footer.getByRole("navigation", { name: "Rechtliches" });
    await expect(legal.getByRole("link", { name: "Impressum" })).toHaveAttribute("href", "/impressum");
    await expect(legal.getByRole("link", { name: "Datenschutz" })).toHaveAttribute("href", "/datenschutz");
  }
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Impressum" }).click();
  await expect(page).toHaveURL(/\/impressum$/);
});

test("/impressum shows the operator's file, HTML in it as text, no javascript: link", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto("/impressum");
    await expect(page).toHaveTitle("Impressum · KMU-Kompass");
    await expect(page.getByRole("heading", { level: 1, name: "Impressum" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Angaben gemäß § 5 DDG" })).toBeVisible();
    await expect(page.getByText("Teststraße 7")).toBeVisible();
    await expect(page.getByRole("link", { name: "kontakt@e2e-kammer.example" })).toHaveAttribute("href", "mailto:kontakt@e2e-kammer.example");
    await expect(page.getByRole("link", { name: "Website der Kammer" })).toHaveAttribute("href", "https://e2e-kammer.example/");
    await expect(page.getByText('<script>document.title = "injected"</script>')).toBeVisible();
    await expect(page.getByText("[gefährlich](javascript:alert(1))")).toBeVisible();
    await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
    await screenshot(page, `legal-impressum-${width}`);
  }
  expect(dialogs).toEqual([]);
});

test("/datenschutz without a file: a clear notice and what the application stores, in German and English", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto("/datenschutz");
    await expect(page).toHaveTitle("Datenschutzerklärung · KMU-Kompass");
    await expect(page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("hat noch keine Datenschutzerklärung hinterlegt");
    await expect(page.getByRole("note")).toContainText("KMU_PRIVACY_FILE");
    await expect(page.getByRole("heading", { level: 2, name: "Was KMU-Kompass speichert – und was nicht" })).toBeVisible();
    await expect(page.getByRole("main").getByText("Kein Tracking", { exact: false })).toBeVisible();
    await screenshot(page, `legal-datenschutz-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: /English|Sprache|language/i }).click();
  await expect(page).toHaveTitle("Privacy policy · KMU-Kompass");
  await expect(page.getByRole("note")).toContainText("has not yet provided a privacy policy");
  await expect(page.getByRole("main").getByText("No tracking", { exact: false })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByText(`Operated by ${HOST_NAME}`)).toBeVisible();
  await screenshot(page, "legal-datenschutz-en-1280");
});
