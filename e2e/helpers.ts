import { expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PASSWORD = "Sicheres-Passwort-2026";
/** the one admin of the e2e server (ADMIN_EMAILS in playwright.config.ts) */
export const ADMIN_EMAIL = "redaktion-e2e@example.org";
/** who runs the e2e server (KMU_HOST_NAME); its Impressum is e2e/fixtures/impressum.md, it has no privacy policy file */
export const HOST_NAME = "E2E-Kammer für Tests";

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/**
 * Creating an account hashes the password with a memory-hard hash (and signs in, hashing again):
 * on a loaded 2-core CI machine that once took longer than the default 10 s of an expectation.
 */
export const SIGN_UP_TIMEOUT = 30_000;

export async function register(page: Page, email: string, name = "Erika Muster"): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Ihr Name (optional)").fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page).toHaveURL(/\/companies$/, { timeout: SIGN_UP_TIMEOUT });
}

export async function createCompany(page: Page, name: string): Promise<string> {
  await page.goto("/companies");
  await page.getByLabel("Name des Unternehmens").fill(name);
  await page.getByLabel("Branche").selectOption("C");
  await page.getByLabel("Beschäftigte").selectOption("10-49");
  await page.getByLabel("Bundesland").selectOption("BE");
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/companies/")[1];
}

/** Saves a screenshot under test-results/screens/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join("test-results", "screens");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Text of a PDF via poppler's pdftotext. */
export function pdfText(buffer: Buffer, name: string): string {
  const dir = path.join("test-results", "pdf");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, buffer);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

export function pdfFonts(file: string): string {
  return execFileSync("pdffonts", [file], { encoding: "utf8" });
}

/** Starts the newest digital-readiness check from the company page and moves to its data page. */
export async function startDigitalReadiness(page: Page): Promise<string> {
  const card = page.locator("li", { has: page.getByRole("heading", { name: "Digitale Reife", exact: true }) });
  await card.getByRole("button", { name: "Starten" }).click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  await expect(page.locator(".sd-progress-buttons").first()).toBeVisible();
  const url = page.url();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.locator('[data-name="data_machine_capture"]')).toBeVisible();
  return url;
}

export async function answer(page: Page, question: string, choice: string): Promise<void> {
  const q = page.locator(`[data-name="${question}"]`);
  await q.getByText(choice, { exact: true }).click();
  await expect(q.getByRole("radio", { name: choice, exact: true })).toBeChecked();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
}
