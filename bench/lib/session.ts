import { chromium, type BrowserContext } from "@playwright/test";

/** A signed-in user with a company and `n` draft assessments, set up through the real UI. */
export async function setUpUser(baseURL: string, assessments: number) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  const email = `bench-${Date.now().toString(36)}@example.org`;
  const password = "Bench-Passwort-2026";
  const reg = await page.request.post("/api/register", { data: { email, password, name: "Bench" } });
  if (reg.status() !== 201) throw new Error(`register: ${reg.status()}`);
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(/\/companies$/);
  await page.getByLabel("Name des Unternehmens").fill("Bench GmbH");
  await page.getByLabel("Branche").selectOption("C");
  await page.getByLabel("Beschäftigte").selectOption("10-49");
  await page.getByLabel("Bundesland").selectOption("BE");
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await page.waitForURL(/\/companies\/[a-z0-9]+$/);
  const companyId = page.url().split("/companies/")[1];
  const ids: string[] = [];
  for (let i = 0; i < assessments; i++) {
    await page.goto(`/companies/${companyId}`);
    const card = page.locator("li", { has: page.getByRole("heading", { name: "Digitale Reife", exact: true }) });
    await card.getByRole("button", { name: "Starten" }).click();
    await page.waitForURL(/\/assessments\/[a-z0-9]+$/);
    ids.push(page.url().split("/assessments/")[1]);
  }
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();
  return { cookie, companyId, assessmentIds: ids };
}

export type Ctx = BrowserContext;

/** Signs in through next-auth's own endpoints (CSRF token, credentials callback); returns the cookie header. */
export async function apiSession(baseURL: string, email: string, password: string): Promise<{ cookie: string }> {
  const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/companies`, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in failed: ${res.status}`);
  return { cookie: cookie() };
}

/** Registers through the API and signs in. */
export async function registerUser(baseURL: string, email: string, password = "Bench-Passwort-2026"): Promise<{ cookie: string }> {
  const reg = await fetch(`${baseURL}/api/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password, name: email.split("@")[0] }) });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${await reg.text()}`);
  return apiSession(baseURL, email, password);
}
