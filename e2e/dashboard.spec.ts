import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { register, createCompany, uniqueEmail, screenshot } from "./helpers";

test.describe.configure({ mode: "serial" });

const content = (p: string) => JSON.parse(readFileSync(p, "utf8")) as { scoring: { items: { id: string; dimension: string }[]; relevance: { question: string }[] } };
const readiness = content("content/questionnaires/digital-readiness/1.0.0.json");
const trust = content("content/questionnaires/trust/2.0.0.json");

/** Starts a questionnaire from its card on the company page, then saves and submits the answers through the API. */
async function complete(page: Page, companyId: string, title: string, button: string, answers: Record<string, unknown>) {
  await page.goto(`/companies/${companyId}`);
  const card = page.locator("li", { has: page.getByRole("heading", { name: title, exact: true }) });
  await card.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  const api = `/api${new URL(page.url()).pathname}`;
  const saved = await page.request.put(api, { data: { revision: 0, answers, currentPage: 0 } });
  expect(saved.status()).toBe(200);
  const { revision } = (await saved.json()) as { revision: number };
  expect((await page.request.post(`${api}/submit`, { data: { revision } })).status()).toBe(200);
}

const levels = (byDim: Record<string, number>, rel = 2) => ({
  ...Object.fromEntries(readiness.scoring.items.map((i) => [i.id, byDim[i.dimension] ?? 1])),
  ...Object.fromEntries(readiness.scoring.relevance.map((r) => [r.question, rel])),
});

test("an owner who finished the checks sees the dashboard, adjusts the plan by keyboard and finds it as left after a reload", async ({ page }) => {
  await register(page, uniqueEmail("dash"), "Petra Schäfer");
  const companyId = await createCompany(page, "Schäfer Präzisionsteile GmbH");

  // empty state: a clear next step
  await page.getByTestId("open-dashboard").click();
  await expect(page).toHaveURL(`/companies/${companyId}/dashboard`);
  await expect(page.getByRole("heading", { name: "Noch kein Ergebnis" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Starten Sie den Selbstcheck" })).toBeVisible();

  // two rounds of the self-check, the company profile and the trust self-view
  await complete(page, companyId, "Digitale Reife", "Starten", levels({}));
  await complete(page, companyId, "Digitale Reife", "Erneut ausfüllen", levels({ strategy: 2, data: 0, processes: 1, skills: 3, organisation: 2, cooperation: 4, sovereignty: 1 }, 3));
  await complete(page, companyId, "Unternehmensprofil", "Starten", { industry: "C", sizeBand: "10-49", region: "BE", productionType: "series", itCapacity: "part-time", systems: ["cad-cam"], network: ["cluster"] });
  await complete(page, companyId, "Vertrauen in der Kooperation", "Starten", Object.fromEntries(trust.scoring.items.map((i, n) => [i.id, n % 5])));

  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Schäfer Präzisionsteile GmbH");
  // overall = mean of (50, 0, 25, 75, 50, 100, 25) = 46.4
  await expect(page.getByTestId("overall-score")).toContainText("46");
  await expect(page.getByTestId("sources")).toContainText("Version 1.0.0");
  await expect(page.getByRole("img", { name: "Netzdiagramm der digitalen Reife je Handlungsfeld" })).toBeVisible();
  await expect(page.getByText("Vorherige Runde", { exact: false })).toBeVisible();
  await expect(page.getByTestId("gaps")).toContainText("Daten und Vernetzung");
  await expect(page.getByTestId("history-table")).toContainText("+75"); // cooperation 25 -> 100
  await expect(page.getByRole("img", { name: "Prioritätenmatrix: Maßnahmen nach Aufwand und Nutzen" })).toBeVisible();
  await expect(page.locator(".sr-only table caption", { hasText: "Maßnahmen mit Aufwand" })).toHaveCount(1);
  // both figures are the company's own (self-image and its view of the partner), never "how the partner sees you"
  await expect(page.getByRole("heading", { name: "Vertrauen: Selbstbild und Ihr Bild vom Partner" })).toBeVisible();
  await expect(page.getByTestId("trust-note")).toContainText("Beide Werte stammen aus Ihrem eigenen Unternehmen");
  await expect(page.getByRole("button", { name: "Als Partner bewerten" })).toHaveCount(0);
  await expect(page.getByTestId("next-step")).toContainText("Beginnen Sie mit");
  await expect(page.getByTestId("decision").getByRole("link", { name: "Maßnahmenplan als PDF herunterladen" })).toHaveAttribute("href", new RegExp(`/api/companies/${companyId}/plan.pdf$`));
  await expect(page.getByTestId("top-measures").locator("li")).toHaveCount(3);
  await expect(page.getByTestId("capacity")).toContainText("höchstens 2 Maßnahmen gleichzeitig");

  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, "dashboard-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "dashboard-390");
  // nothing sticks out sideways on a phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // adjust the first measure of the first phase with the keyboard only
  const first = page.locator('[data-phase="0-3"] li[data-measure]').first();
  const measureId = (await first.getAttribute("data-measure"))!;
  const card = () => page.locator(`li[data-measure="${measureId}"]`);
  await card().getByText("Anpassen").focus();
  await page.keyboard.press("Enter");
  const effort = card().getByRole("slider", { name: /Aufwand/ });
  const before = Number(await effort.inputValue());
  await effort.focus();
  await page.keyboard.press(before < 5 ? "ArrowRight" : "ArrowLeft");
  const after = before < 5 ? before + 1 : before - 1;
  await expect(card().getByRole("status")).toHaveText("Gespeichert");
  await card().getByRole("combobox", { name: "Stand" }).focus();
  await page.keyboard.press("ArrowDown"); // offen -> in Arbeit
  await expect(card().getByTestId("status-badge")).toHaveText("in Arbeit");
  await expect(card().getByRole("status")).toHaveText("Gespeichert");
  await card().getByRole("combobox", { name: "Zeitraum" }).focus();
  await page.keyboard.press("ArrowDown"); // 0-3 -> 3-12: the card moves
  await expect(page.locator(`[data-phase="3-12"] li[data-measure="${measureId}"]`)).toBeVisible();
  await expect(card().getByRole("status")).toHaveText("Gespeichert");
  // owner and due date: typed, saved when the field is left (the moved card opens closed again)
  await card().getByText("Anpassen").focus();
  await page.keyboard.press("Enter");
  await card().getByRole("textbox", { name: "Verantwortliche Rolle" }).fill("Meisterin Fertigung");
  await page.keyboard.press("Tab");
  await expect(card().getByRole("status")).toHaveText("Gespeichert");
  await card().getByLabel("Überprüfen am").fill("2027-03-15");
  await expect(card().getByRole("status")).toHaveText("Gespeichert");

  await page.reload();
  const moved = page.locator(`[data-phase="3-12"] li[data-measure="${measureId}"]`);
  await expect(moved).toBeVisible();
  await expect(moved.getByTestId("status-badge")).toHaveText("in Arbeit");
  await expect(moved.locator(`input[type="range"][aria-label^="Aufwand"]`)).toHaveValue(String(after));
  await expect(page.getByTestId("plan-progress")).toContainText("1 in Arbeit");
  await expect(moved).toContainText("Meisterin Fertigung");
  await expect(moved).toContainText("15.03.2027");

  // bad input is refused with a German message; another company's plan is out of reach
  const bad = await page.request.patch(`/api/companies/${companyId}/plan/${measureId}`, { data: { effort: 9 } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toBe("Die Eingabe ist unvollständig oder ungültig.");
  const unknown = await page.request.patch(`/api/companies/${companyId}/plan/zaubertrank`, { data: { effort: 2 } });
  expect(unknown.status()).toBe(422);
  const foreign = await page.request.patch(`/api/companies/clforeigncompany00001/plan/${measureId}`, { data: { effort: 2 } });
  expect(foreign.status()).toBe(404);
});
