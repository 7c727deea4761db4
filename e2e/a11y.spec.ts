import { test, expect, type Page } from "@playwright/test";
import { register, createCompany, uniqueEmail, startDigitalReadiness, answer, waitSaved } from "./helpers";
import { checkA11y, checkBothWidths } from "./axe";

/**
 * axe-core on every page: no serious or critical violations (WCAG 2.1 A/AA rules), at desktop and
 * phone width. Plus the security headers and that the CSP did not block any of our own scripts.
 */
test.describe.configure({ mode: "serial" });

function watchCsp(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

test("security headers: nonce CSP without inline scripts, no framing, referrer and permissions policy", async ({ page }) => {
  const res = await page.goto("/");
  const h = res!.headers();
  const csp = h["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-powered-by"]).toBeUndefined();
  // every inline script Next renders carries this request's nonce
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await res!.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s, s).toContain(`nonce="${nonce}"`);
  // a second request gets a different nonce
  const again = await page.request.get("/");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // API answers carry the headers too
  const api = await page.request.get("/api/health");
  expect(api.headers()["x-frame-options"]).toBe("DENY");
});

test("every page passes axe (serious/critical) and runs its scripts under the CSP", async ({ page }) => {
  test.setTimeout(180_000);
  const cspErrors = watchCsp(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const w = `${width}`;
    await page.goto("/");
    await checkA11y(page, `landing-${w}`);
    await page.goto("/login");
    await checkA11y(page, `login-${w}`);
    await page.goto("/register");
    await checkA11y(page, `register-${w}`);
    await page.goto("/gibt-es-nicht");
    await checkA11y(page, `404-${w}`);
    await page.goto("/impressum");
    await checkA11y(page, `impressum-${w}`);
    await page.goto("/datenschutz");
    await checkA11y(page, `datenschutz-${w}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await register(page, uniqueEmail("a11y"));
  await checkA11y(page, "companies-empty");
  // form errors are announced and still accessible
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByText("Bitte wählen Sie eine Branche.")).toBeVisible();
  await checkA11y(page, "companies-errors");
  const companyId = await createCompany(page, "Barrierefrei GmbH");
  await checkA11y(page, "company");
  await page.goto("/companies");
  await checkA11y(page, "companies-list");
  await page.goto(`/companies/${companyId}`);
  const url = await startDigitalReadiness(page);
  await answer(page, "data_machine_capture", "Teilweise umgesetzt");
  await waitSaved(page);
  await checkA11y(page, "assessment-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expect(page.locator(".sd-progress-buttons").first()).toBeVisible();
  await checkA11y(page, "assessment-390");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await expect(page.locator(".sd-progress-buttons").first()).toBeVisible();
  const finish = page.getByRole("button", { name: "Abschließen und Ergebnis ansehen" });
  for (let i = 0; i < 10 && !(await finish.isVisible()); i++) await page.getByRole("button", { name: "Weiter" }).click();
  await finish.click();
  await expect(page).toHaveURL(/\/result$/);
  await checkA11y(page, "result-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await checkA11y(page, "result-390");
  await page.goto(`/companies/${companyId}`);
  await checkA11y(page, "company-with-result-390");
  // the pages of people and permissions, each at both widths
  for (const [name, path] of [
    ["people", `/companies/${companyId}/people`],
    ["access-log", `/companies/${companyId}/access-log`],
    ["settings", `/companies/${companyId}/settings`],
    ["advisor-empty", "/advisor"],
    ["account", "/account"],
    ["no-access", "/no-access?reason=notGranted"],
    ["invite-invalid", `/invite/${"x".repeat(43)}`],
    ["grant-invalid", `/grant/${"y".repeat(43)}`],
  ] as const) {
    await page.goto(path);
    await checkBothWidths(page, name);
  }
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
  for (const [name, path] of [["password-reset", "/password-reset"], ["password-reset-confirm", `/password-reset/${"z".repeat(43)}`]] as const) {
    await page.goto(path);
    await checkBothWidths(page, name);
  }
  expect(cspErrors).toEqual([]);
});
