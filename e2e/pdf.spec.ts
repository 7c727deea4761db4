import { expect, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { createCompany, pdfFonts, pdfText, register, screenshot, uniqueEmail } from "./helpers";
import { completeQuestionnaire } from "./plan-helpers";
import { namedCompanies } from "../lib/testing/named-companies";

/** The action plan and the data export, downloaded from the company page like a user does. */
test.describe.configure({ mode: "serial" });

test("downloads the action plan PDF, the plan CSV and the JSON export from the company page once there is something in them", async ({ page }) => {
  await register(page, uniqueEmail("pdf"), "Jana Köhler");
  const companyId = await createCompany(page, "Köhler Metallbau GmbH");
  const link = page.getByRole("link", { name: "Maßnahmenplan als PDF herunterladen" });
  // an empty company offers no downloads: there is nothing in them yet
  await expect(page.getByTestId("downloads")).toHaveCount(0);
  await completeQuestionnaire(page, companyId, "digital-readiness", namedCompanies[1].readiness);
  await page.goto(`/companies/${companyId}`);
  await expect(link).toBeVisible();
  await screenshot(page, "pdf-company-page-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "pdf-company-page-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  const { readFileSync } = await import("node:fs");
  const pdf = readFileSync(file);
  expect(pdf.subarray(0, 300).toString()).toMatch(/^%PDF-/);
  expect(download.suggestedFilename()).toBe("Maßnahmenplan-Köhler-Metallbau-GmbH.pdf");
  const text = pdfText(pdf, "e2e-plan-de");
  expect(text).toContain("Maßnahmenplan");
  expect(text).toContain("Köhler Metallbau GmbH");
  expect(text).toContain("Ihre nächsten drei Schritte");
  expect(text).toMatch(/Später \/ optional|Nicht eingeplant/);
  expect(text).toContain("Ausgelöst durch");
  expect(pdfFonts("test-results/pdf/e2e-plan-de.pdf")).toMatch(/NotoSans-Regular.*yes/);

  const [exp] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Alle Daten als JSON exportieren" }).click()]);
  const data = JSON.parse(readFileSync(await exp.path(), "utf8"));
  expect(data.format).toBe("kmu-kompass-export");
  expect(data.company.name).toBe("Köhler Metallbau GmbH");
  writeFileSync("test-results/pdf/e2e-export.json", JSON.stringify(data, null, 2));

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Fahrplan als CSV (für eigene Listen)" }).click()]);
  expect(csv.suggestedFilename()).toBe("Maßnahmenplan-Köhler-Metallbau-GmbH.csv");
  const rows = readFileSync(await csv.path(), "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows[0]).toBe("rank;measureId;title;recommendation;phase;quadrant;effort;benefit;ownerRole;reviewDate;status;triggeredBy;firstStep;kpi;reason");
  expect(rows.filter((r) => r.includes(";recommended;")).length).toBeGreaterThan(0);

  // English PDF for an English-speaking user; another company's plan is not reachable
  await page.context().addCookies([{ name: "kmu-locale", value: "en", domain: "localhost", path: "/" }]);
  const en = await page.request.get(`/api/companies/${companyId}/plan.pdf`);
  expect(en.status()).toBe(200);
  expect(pdfText(Buffer.from(await en.body()), "e2e-plan-en")).toContain("Action plan");
  const foreign = await page.request.get(`/api/companies/zzzzzzzzzzzzzzzzzzzzzzzz/plan.pdf`);
  expect(foreign.status()).toBe(404);
  expect((await page.request.get(`/api/companies/zzzzzzzzzzzzzzzzzzzzzzzz/plan.csv`)).status()).toBe(404);
  const foreignExport = await page.request.get(`/api/companies/zzzzzzzzzzzzzzzzzzzzzzzz/export.json`);
  expect(foreignExport.status()).toBe(404);
});
