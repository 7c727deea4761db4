import { test, expect, type Locator, type Page } from "@playwright/test";
import { uniqueEmail, PASSWORD, waitSaved } from "./helpers";

/**
 * A whole assessment with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; no mouse, no
 * fill/click): register, create a company, start the digital-readiness check, answer, page on,
 * finish, reach the result. Every control we tab to shows a visible focus indicator.
 */
async function focused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the target has the focus. */
async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number; checkFocusRing?: boolean } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < (opts.max ?? 60); i++) {
    if (await focused(target)) {
      if (opts.checkFocusRing !== false) {
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const cs = getComputedStyle(el);
          return (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none";
        });
        expect(ring, "visible focus indicator").toBe(true);
      }
      return;
    }
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

test("the whole check with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/register");
  await tabTo(page, page.getByLabel("Ihr Name (optional)"));
  await page.keyboard.type("Karl Tastatur");
  await tabTo(page, page.getByLabel("E-Mail-Adresse"));
  await page.keyboard.type(uniqueEmail("keys"));
  await tabTo(page, page.getByLabel("Passwort"));
  await page.keyboard.type(PASSWORD);
  // Shift+Tab goes back to the e-mail field
  await tabTo(page, page.getByLabel("E-Mail-Adresse"), { back: true });
  await tabTo(page, page.getByRole("button", { name: "Konto anlegen" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/companies$/);

  await tabTo(page, page.getByLabel("Name des Unternehmens"));
  await page.keyboard.type("Tastenwerk KG");
  for (const label of ["Branche", "Beschäftigte", "Bundesland"]) {
    const select = page.getByLabel(label);
    await tabTo(page, select);
    await page.keyboard.press("ArrowDown");
    await expect(select).not.toHaveValue("");
  }
  await tabTo(page, page.getByRole("button", { name: "Unternehmen anlegen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Tastenwerk KG" })).toBeVisible();

  const card = page.locator("li", { has: page.getByRole("heading", { name: "Digitale Reife", exact: true }) });
  await tabTo(page, card.getByRole("button", { name: "Starten" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  await expect(page.locator(".sd-progress-buttons").first()).toBeVisible();

  const next = page.getByRole("button", { name: "Weiter" });
  await tabTo(page, next, { checkFocusRing: false });
  await page.keyboard.press("Enter");
  const q = page.locator('[data-name="data_machine_capture"]');
  await expect(q).toBeVisible();
  // the new page's first question has the focus (not the button at the bottom)
  await expect.poll(() => focused(q)).toBe(true);
  // a radio group: Tab into it, arrow keys move, Space selects
  await tabTo(page, q.getByRole("radio").first(), { checkFocusRing: false });
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(q.getByRole("radio", { name: "Teilweise umgesetzt", exact: true })).toBeChecked();
  // two more answers on the page: half of the area answered, enough for a plan (the coverage rule)
  for (const name of ["data_no_double_entry", "data_interfaces"]) {
    const other = page.locator(`[data-name="${name}"]`);
    await tabTo(page, other.getByRole("radio").first(), { checkFocusRing: false });
    await page.keyboard.press("Space");
    await expect(other.getByRole("radio").first()).toBeChecked();
  }
  await waitSaved(page);

  const finish = page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" });
  for (let i = 0; i < 10 && !(await finish.isVisible()); i++) {
    await tabTo(page, next, { checkFocusRing: false });
    await page.keyboard.press("Enter");
  }
  await tabTo(page, finish, { checkFocusRing: false });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.locator('[data-dimension="data"]')).toContainText("17"); // (50 + 0 + 0) / 3
  // the result's table can be reached and scrolled with the keyboard
  await tabTo(page, page.locator('[role="region"][tabindex="0"]').first(), { max: 100 });

  // on to the dashboard, and change a plan item there with keys only
  await tabTo(page, page.getByRole("link", { name: "Gesamtbild und Maßnahmenplan öffnen" }), { max: 100 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
  const item = page.locator('[data-phase="0-3"] li[data-measure]').first();
  const adjust = item.getByText("Anpassen");
  await tabTo(page, adjust, { max: 200 });
  await page.keyboard.press("Enter");
  await tabTo(page, item.getByRole("combobox", { name: "Stand" }), { max: 20 });
  await page.keyboard.press("ArrowDown");
  await expect(item.getByTestId("status-badge")).toHaveText("in Arbeit");
  await expect(item.getByRole("status")).toHaveText("Gespeichert");
});
