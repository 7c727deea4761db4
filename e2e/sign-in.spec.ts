import { test, expect, type Page } from "@playwright/test";
import { register, uniqueEmail, PASSWORD } from "./helpers";

/**
 * Sign-in only ever leads to a page of this site, whatever `callbackUrl` says; a weak password
 * is refused at registration with the server's message.
 */
test.describe.configure({ mode: "serial" });

const evil = [
  "/%5Cevil.invalid/x", // "/\evil.invalid/x": browsers read it as //evil.invalid/x
  "/%5C%5Cevil.invalid/x",
  "/%09/evil.invalid/x", // a tab, stripped by the browser: //evil.invalid/x
  "//evil.invalid/x",
  "https://evil.invalid/x",
];

async function signIn(page: Page, email: string, callbackUrl: string) {
  await page.goto(`/login?callbackUrl=${callbackUrl}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test("after sign-in a foreign callbackUrl leads to /companies on this site, a same-site one is followed", async ({ page, baseURL }) => {
  const email = uniqueEmail("callback");
  await register(page, email);
  const origin = new URL(baseURL!).origin;
  const visited: string[] = [];
  page.on("request", (r) => {
    if (r.isNavigationRequest()) visited.push(r.url());
  });
  for (const target of evil) {
    await page.context().clearCookies();
    await signIn(page, email, target);
    await expect(page).toHaveURL(`${origin}/companies`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // already signed in: the login page's server-side redirect checks it the same way
    await page.goto(`/login?callbackUrl=${target}`);
    await expect(page).toHaveURL(`${origin}/companies`);
    await page.goto(`/register?callbackUrl=${target}`);
    await expect(page).toHaveURL(`${origin}/companies`);
  }
  expect(visited.filter((u) => new URL(u).origin !== origin)).toEqual([]);

  await page.context().clearCookies();
  await signIn(page, email, encodeURIComponent("/companies?from=login"));
  await expect(page).toHaveURL(`${origin}/companies?from=login`);
});

test("registering with a foreign callbackUrl lands on /companies of this site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const target of ["/%09/evil.invalid/x", "/%5Cevil.invalid/x"]) {
    await page.context().clearCookies();
    await page.goto(`/register?callbackUrl=${target}`);
    await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail("regcallback"));
    await page.getByLabel("Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await expect(page).toHaveURL(`${origin}/companies`);
  }
});

test("registration refuses a common password and one made of the e-mail, with the server's message", async ({ page }) => {
  // the password lists stay on the server: no script the page loads contains them
  const scripts: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.text());
  });
  await page.goto("/register");
  const email = uniqueEmail("weakpw");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Password1!");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Dieses Passwort ist zu leicht zu erraten", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
  await page.getByLabel("Passwort").fill(`${email.split("@")[0]}!`);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Das Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  for (const js of bodies) expect(/zxcvbn|passwords-common|diceware/.test(js)).toBe(false);
});
