import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { screenshot } from "./helpers";

/** axe-core (WCAG 2.1 A/AA and best practice): no serious or critical violation; saves a screenshot to look at. */
export async function checkA11y(page: Page, name: string) {
  // a button that hydration enables fades from its disabled grey (a 150 ms colour transition): axe
  // in the middle of it measured a contrast no one sees at rest (seen once in a full run)
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `${name}: axe violations`).toEqual([]);
  await screenshot(page, `a11y-${name}`);
}

/** The same page at desktop and phone width. */
export async function checkBothWidths(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.reload();
    await checkA11y(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
