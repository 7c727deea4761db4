import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

/** Starts a questionnaire from its card on the company page, then saves and submits the answers through the API. */
export async function completeQuestionnaire(page: Page, companyId: string, key: string, answers: Record<string, unknown>, perspective: "self" | "partner" = "self") {
  await page.goto(`/companies/${companyId}`);
  await page.locator(`li[data-questionnaire="${key}"] [data-testid=start-${perspective}] button`).click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  const api = `/api${new URL(page.url()).pathname}`;
  const saved = await page.request.put(api, { data: { revision: 0, answers, currentPage: 0 } });
  expect(saved.status()).toBe(200);
  const { revision } = (await saved.json()) as { revision: number };
  expect((await page.request.post(`${api}/submit`, { data: { revision } })).status()).toBe(200);
}

/** A screenshot of what is visible at the top of the page (not the whole page), under test-results/screens/. */
export async function topScreenshot(page: Page, name: string): Promise<void> {
  const dir = path.join("test-results", "screens");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
