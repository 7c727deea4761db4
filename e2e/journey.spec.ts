import { test, expect } from "@playwright/test";
import { register, uniqueEmail, screenshot, PASSWORD } from "./helpers";

test.describe.configure({ mode: "serial" });

test("landing page in German with a switch to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wo steht Ihr Betrieb bei Digitalisierung und Kooperation?");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // honest durations, from the published questionnaires' estimates (30 + 15 + 15 + 5 minutes today: trust 2.0.0 asks both blocks per pillar)
  await expect(page.getByTestId("landing-time")).toHaveText(/Digitale Reife“ dauert etwa 30 Minuten, alle 4 Teile zusammen etwa 65 Minuten/);
  await expect(page.getByText(/wenige Minuten/)).toHaveCount(0);
  // a workshop participant with a code and an advisor find their way from here
  await expect(page.getByTestId("landing-others").getByRole("link", { name: "Code eingeben" })).toHaveAttribute("href", "/join");
  await expect(page.getByTestId("landing-others").getByRole("link", { name: "Zu den Workshops" })).toHaveAttribute("href", "/advisor/workshops");
  await screenshot(page, "01-landing-de");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where does your company stand on digitalisation and cooperation?");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("landing-time")).toContainText("takes about 30 minutes, all 4 parts together about 65 minutes");
  await page.getByRole("button", { name: "Auf Deutsch wechseln" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("registration and sign-in explain bad input in German", async ({ page }) => {
  const email = uniqueEmail("reg");
  await page.goto("/register");
  await page.getByLabel("E-Mail-Adresse").fill("keine-mail");
  await page.getByLabel("Passwort").fill("kurz");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein.")).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Das Passwort ist zu kurz: Bitte mindestens 10 Zeichen.")).toBeVisible();
  await screenshot(page, "02-register-errors");
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();

  // the same e-mail again
  await page.goto("/register");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Für diese E-Mail-Adresse gibt es schon ein Konto. Bitte melden Sie sich an.")).toBeVisible();

  // wrong password and unknown e-mail get the same answer
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Falsches-Passwort-1");
  await page.getByRole("button", { name: "Anmelden" }).click();
  const msg = "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.";
  await expect(page.getByText(msg)).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail("unknown"));
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(msg)).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/companies$/);
});

test("sign-in attempts are rate-limited per e-mail", async ({ page }) => {
  const email = uniqueEmail("limit");
  await register(page, email);
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Passwort").fill(`Falsch-${i}-Passwort`);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.")).toBeVisible();
  }
  // even the right password is refused while the limit holds
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.")).toBeVisible();
});
