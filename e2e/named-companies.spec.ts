import { test, expect } from "@playwright/test";
import { writeFileSync, mkdirSync } from "node:fs";
import { register, uniqueEmail, pdfText } from "./helpers";
import { completeQuestionnaire, topScreenshot } from "./plan-helpers";
import { namedCompanies } from "../lib/testing/named-companies";

test.describe.configure({ mode: "serial" });

/**
 * The three named companies of lib/testing/named-companies.ts, answered through the app: the top of
 * the dashboard at 1280 and 390 px in German and English, and their PDF plans (saved for people to
 * look at under test-results/).
 */
for (const c of namedCompanies) {
  test(`${c.name}: the dashboard opens with the decision, sized to the company; the PDF says the same`, async ({ page }) => {
    await register(page, uniqueEmail(c.slug), "Maria Berger");
    await page.goto("/companies");
    await page.getByLabel("Name des Unternehmens").fill(c.name);
    await page.getByLabel("Branche").selectOption(c.industry);
    await page.getByLabel("Beschäftigte").selectOption(c.sizeBand);
    await page.getByLabel("Bundesland").selectOption(c.region);
    await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: c.name })).toBeVisible();
    const companyId = page.url().split("/companies/")[1];
    // nothing answered yet: no plan to download, the core check is the first card, not started
    await expect(page.getByTestId("downloads")).toHaveCount(0);
    await expect(page.locator("li[data-questionnaire]").first()).toHaveAttribute("data-questionnaire", "digital-readiness");
    await expect(page.locator('li[data-questionnaire="digital-readiness"]')).toHaveAttribute("data-status", "not-started");

    await completeQuestionnaire(page, companyId, "company-profile", { industry: c.industry, sizeBand: c.sizeBand, region: c.region, ...c.profile });
    await completeQuestionnaire(page, companyId, "digital-readiness", c.readiness);
    if (c.trustSelf) await completeQuestionnaire(page, companyId, "trust", { partner_name: "Kunde Weber AG", ...c.trustSelf });
    if (c.cycle) await completeQuestionnaire(page, companyId, "cooperation-cycle", c.cycle);

    await page.goto(`/companies/${companyId}`);
    await expect(page.locator('li[data-questionnaire="digital-readiness"] [data-testid="card-status"]')).toContainText("Abgeschlossen am");
    await expect(page.getByRole("link", { name: "Maßnahmenplan als PDF herunterladen" })).toBeVisible();

    for (const locale of ["de", "en"] as const) {
      await page.context().addCookies([{ name: "kmu-locale", value: locale, domain: "localhost", path: "/" }]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/companies/${companyId}/dashboard`);
      const decision = page.getByTestId("decision");
      await expect(decision).toBeVisible();
      await expect(page.getByTestId("standing")).toContainText(locale === "de" ? "Digitale Reife" : "Digital readiness");
      const top = page.getByTestId("top-measures").locator("li");
      await expect(top).toHaveCount(3);
      await expect(top.first()).toContainText(locale === "de" ? "Zuständig:" : "Owner:");
      await expect(top.first()).toContainText(locale === "de" ? "Überprüfen bis" : "Review by");
      // the decision comes before the radar
      const y = async (sel: string) => (await page.locator(sel).first().boundingBox())!.y;
      expect(await y('[data-testid="decision"]')).toBeLessThan(await y('[aria-labelledby="readiness"]'));
      await topScreenshot(page, `named-${c.slug}-${locale}-1280`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(decision).toBeVisible();
      await topScreenshot(page, `named-${c.slug}-${locale}-390`);
      if (c.slug === "workshop-part-time-it") {
        // the roadmap's timeline and the matrix on a phone, for people to look at
        await page.locator("#roadmap figure").screenshot({ path: `test-results/screens/named-${c.slug}-${locale}-390-timeline.png` });
        await page.locator('svg[role="img"]').filter({ has: page.locator("g[data-measure]") }).screenshot({ path: `test-results/screens/named-${c.slug}-${locale}-390-matrix.png` });
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // matrix markers never hide each other
      const boxes = await page.locator('svg[role="img"] g[data-measure] circle').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 }; }));
      for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) expect(Math.hypot(boxes[i].x - boxes[j].x, boxes[i].y - boxes[j].y)).toBeGreaterThanOrEqual(boxes[i].r + boxes[j].r - 0.5);

      const pdf = await page.request.get(`/api/companies/${companyId}/plan.pdf`);
      expect(pdf.status()).toBe(200);
      const text = pdfText(Buffer.from(await pdf.body()), `named-${c.slug}-${locale}`);
      expect(text).toContain(c.name);
      const csv = await page.request.get(`/api/companies/${companyId}/plan.csv`);
      expect(csv.status()).toBe(200);
      const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(lines[0]).toMatch(/^rank;measureId;title;recommendation;phase;/);
      const first = lines[1].split(";");
      expect(first[3]).toBe("recommended");
      // the first measure of the dashboard is the first of the CSV and is in the PDF
      await expect(top.first()).toContainText(first[2]);
      expect(text.replace(/\s+/g, " ")).toContain(first[2].slice(0, 30));
      mkdirSync("test-results/plan", { recursive: true });
      writeFileSync(`test-results/plan/named-${c.slug}-${locale}.csv`, await csv.text());
    }
  });
}

test("nothing answered: the submit UI warns first; submitted anyway, the dashboard names the missing areas and makes no plan", async ({ page }) => {
  await register(page, uniqueEmail("empty"), "Olaf Leer");
  await page.goto("/companies");
  await page.getByLabel("Name des Unternehmens").fill("Leerlauf GmbH");
  await page.getByLabel("Branche").selectOption("C");
  await page.getByLabel("Beschäftigte").selectOption("10-49");
  await page.getByLabel("Bundesland").selectOption("BE");
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leerlauf GmbH" })).toBeVisible();
  const companyId = page.url().split("/companies/")[1];
  await page.locator('li[data-questionnaire="digital-readiness"] [data-testid=start-self] button').click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  const finish = page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" });
  for (let i = 0; i < 12 && !(await finish.isVisible()); i++) await page.getByRole("button", { name: "Weiter" }).click();
  await finish.click();
  const warning = page.getByTestId("empty-warning");
  await expect(warning).toContainText("Sie haben noch keine Frage beantwortet.");
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/); // not submitted yet
  await warning.getByRole("button", { name: "Trotzdem ohne Antworten abschließen" }).click();
  await expect(page).toHaveURL(/\/result$/);

  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.getByTestId("missing-areas")).toContainText("Noch kein Maßnahmenplan");
  await expect(page.getByTestId("missing-areas")).toContainText("0 von 6 beantwortet");
  await expect(page.getByTestId("next-step")).toContainText("fehlen noch Antworten");
  await expect(page.getByTestId("top-measures")).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Prioritätenmatrix: Maßnahmen nach Aufwand und Nutzen" })).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await topScreenshot(page, "named-nothing-answered-de-1280");
  const json = await page.request.get(`/api/companies/${companyId}/plan.csv`);
  expect((await json.text()).replace(/^\uFEFF/, "").trim().split("\r\n")).toHaveLength(1); // the header only
});
