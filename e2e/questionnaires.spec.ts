import { test, expect, type Page } from "@playwright/test";
import { register, createCompany, uniqueEmail, answer, screenshot } from "./helpers";

/**
 * A German SME owner runs every questionnaire of the current content end to end: company profile
 * (summary on the company page), trust (2.0.0: how we come across and how we see our partner), cooperation cycle.
 * One user and one company for the whole file.
 */
test.describe.configure({ mode: "serial" });

let page: Page;
let companyUrl: string;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ locale: "de-DE" });
  await register(page, uniqueEmail("fragen"), "Karl Kowalski");
  await createCompany(page, "Kowalski Blechbearbeitung GmbH");
  companyUrl = page.url();
});

test.afterAll(async () => {
  await page.close();
});

/** Pages through the survey and submits it on its last page. */
async function finish(p: Page) {
  const complete = p.getByRole("button", { name: "Abschließen und Ergebnis ansehen" });
  for (let i = 0; i < 12 && !(await complete.isVisible()); i++) {
    await p.getByRole("button", { name: "Weiter" }).click();
  }
  await complete.click();
}

function card(p: Page, title: string) {
  return p.locator("li", { has: p.getByRole("heading", { name: title, exact: true }) });
}

async function expectDimensions(p: Page, titles: string[]) {
  await expect(p).toHaveURL(/\/result$/);
  const section = p.locator("section", { has: p.getByRole("heading", { name: "Ergebnis nach Handlungsfeldern" }) });
  for (const title of titles) await expect(section.getByText(title, { exact: true }).first()).toBeVisible();
}

test("company profile: answers are stored and summarised on the company page", async () => {
  const summary = page.getByTestId("profile-summary");
  await expect(summary).toContainText("Ihr Unternehmensprofil fehlt noch.");
  await summary.getByRole("button", { name: "Profil ausfüllen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unternehmensprofil" })).toBeVisible();
  await answer(page, "sizeBand", "10 bis 49");
  await answer(page, "productionType", "Kleinserien");
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "itCapacity", "Eine Person kümmert sich nebenbei darum");
  await page.locator('[data-name="systems"]').getByText("ERP-System: Aufträge, Material und Rechnungen in einem Programm").click();
  await page.locator('[data-name="systems"]').getByText("CAD/CAM", { exact: false }).click();
  await page.locator('[data-name="erpName"] input').fill("Sage 100");
  await page.locator('[data-name="network"]').getByText("Wir sind Mitglied in einem Cluster oder Branchenverband").click();
  await screenshot(page, "q-profile-it-de");
  await finish(page);

  await expect(page).toHaveURL(new RegExp(`${companyUrl.split("localhost")[1]}#profile$`));
  await expect(summary.getByRole("heading", { name: "Ihr Unternehmensprofil" })).toBeVisible();
  await expect(summary).toContainText("Kleinserien");
  await expect(summary).toContainText("eine Person nebenbei");
  await expect(summary).toContainText("ERP (Sage 100), CAD/CAM");
  await expect(summary).toContainText("Cluster oder Branchenverband");
  await expect(summary.getByRole("button", { name: "Profil aktualisieren" })).toBeVisible();
  await expect(page.locator("table tbody tr").filter({ hasText: "Unternehmensprofil" }).getByRole("link", { name: "Profil ansehen" })).toBeVisible();
  await screenshot(page, "q-company-with-profile-de");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "q-company-with-profile-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
});

test("trust: both blocks per pillar are asked and scored (how we come across, how we see our partner)", async () => {
  await page.goto(companyUrl);
  await card(page, "Vertrauen in der Kooperation").getByRole("button", { name: "Starten" }).click();
  await page.locator('[data-name="partner_name"] input').fill("Müller Laserteile KG");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByText("Wir haben das Fachwissen und die Technik, die unser Partner in dieser Kooperation von uns braucht.")).toBeVisible();
  await expect(page.getByText("So wirken wir auf unseren Partner")).toBeVisible();
  await expect(page.getByText("So sehen wir unseren Partner")).toBeVisible();
  await expect(page.getByText("Unser Partner hat das Fachwissen und die Technik, die wir in dieser Kooperation von ihm brauchen.")).toBeVisible();
  await expect(page.getByText("das Unternehmen, das Sie eingeladen hat")).toHaveCount(0);
  await answer(page, "comp_expertise", "Trifft eher zu");
  await answer(page, "comp_quality", "Trifft voll zu");
  await answer(page, "comp_other_expertise", "Teils, teils");
  await screenshot(page, "q-trust-blocks-de");
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "integ_commitments", "Teils, teils");
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "benev_interests", "Trifft eher nicht zu");
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "tech_reliability", "Kann ich nicht beurteilen");
  await answer(page, "tech_data_protection", "Trifft voll zu");
  await finish(page);
  await expectDimensions(page, ["Kompetenz: wie wir wirken", "Integrität: wie wir wirken", "Wohlwollen: wie wir wirken", "Kompetenz: unser Bild vom Partner"]);
  await expect(page.getByText("Fragebogen-Version 2.0.0")).toBeVisible();
  await screenshot(page, "q-trust-self-result-de");
});

test("cooperation cycle: the five steps are scored", async () => {
  await page.goto(companyUrl);
  await card(page, "Kreislauf des Vertrauens").getByRole("button", { name: "Starten" }).click();
  await answer(page, "needs_business_field", "Ja, erledigt");
  await answer(page, "needs_goals", "Teilweise");
  await page.getByRole("button", { name: "Weiter" }).click();
  await answer(page, "partner_profile", "Noch nicht");
  await finish(page);
  await expectDimensions(page, ["Bedarf ermitteln", "Kooperationspartner finden", "Kooperationsstrukturen aufbauen", "Geschäftsbeziehung gestalten", "Auswerten und Bilanz ziehen"]);
  await screenshot(page, "q-cycle-result-de");

  // every submission is listed on the company page with its version
  await page.goto(companyUrl);
  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(3);
});
