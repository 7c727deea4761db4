import { test, expect, type Page } from "@playwright/test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { startServer, type RunningServer } from "../bench/lib/server";
import { findPostgres, scratchDatabase } from "../scripts/db/test-targets";
import { PASSWORD, register, screenshot, startDigitalReadiness, uniqueEmail } from "./helpers";

/**
 * Several instances, really sharing: two app servers (A, B) from the one build in .next (the e2e
 * build; KMU_REQUIRE_BUILD=1, so neither may build its own) on one PostgreSQL database, behind a
 * small load balancer in this test that the browser talks to (one origin, as in production). The
 * test decides which instance answers the next requests, and checks that a sign-in limit, a
 * session, writes made from a page of the other instance and client-side navigations cross
 * instances. The second start on one embedded (PGlite) directory is refused: e2e/processes.spec.ts.
 */
test.describe.configure({ mode: "serial" });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3210);
const PORTS = { A: BASE_PORT + 2, B: BASE_PORT + 3 } as const;
type Name = keyof typeof PORTS;

/** Forwards every request to the instance `to` names ("alternate": A, B, A, … per request) and marks the answer. */
function loadBalancer() {
  const state = { to: "A" as Name | "alternate", n: 0, served: { A: 0, B: 0 } };
  const server = http.createServer((req, res) => {
    const name: Name = state.to === "alternate" ? (state.n++ % 2 ? "B" : "A") : state.to;
    state.served[name]++;
    const upstream = http.request({ host: "127.0.0.1", port: PORTS[name], method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, "x-test-instance": name });
      up.pipe(res);
    });
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return { server, state };
}

let adminUrl: string | undefined;
let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let lb: ReturnType<typeof loadBalancer> | undefined;
const servers: RunningServer[] = [];

test.beforeAll(async () => {
  adminUrl = process.env.KMU_SKIP_POSTGRES ? undefined : await findPostgres();
  if (!adminUrl && process.env.KMU_REQUIRE_POSTGRES) throw new Error("KMU_REQUIRE_POSTGRES is set but no PostgreSQL is reachable");
});
test.afterAll(async () => {
  for (const s of servers) await s.stop("SIGTERM");
  await new Promise<void>((r) => (lb ? lb.server.close(() => r()) : r()));
  await database?.drop();
});

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[]): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}
const rateLimitRows = (url: string, like: string) => sql<{ key: string; points: number }>(url, "SELECT key, points FROM rate_limits WHERE key LIKE $1", [like]);

async function signInFails(page: Page, email: string, password: string, message: string) {
  await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(message)).toBeVisible();
}

test("two instances from one build on one PostgreSQL share sign-in limits, sessions, writes and navigations", async ({ browser }) => {
  test.skip(!adminUrl, "no PostgreSQL reachable");
  test.setTimeout(300_000);
  database = await scratchDatabase(adminUrl!, "kmu_e2e_instances");
  lb = loadBalancer();
  await new Promise<void>((r) => lb!.server.listen(0, "127.0.0.1", () => r()));
  const publicUrl = `http://localhost:${(lb.server.address() as AddressInfo).port}`;
  // one after the other: A applies the migrations, B finds them applied; both must serve the shipped build
  for (const name of ["A", "B"] as const) {
    servers.push(await startServer({ port: PORTS[name], databaseUrl: database.url, env: { NEXTAUTH_URL: publicUrl, KMU_REQUIRE_BUILD: "1" } }));
  }
  const state = lb.state;
  const context = await browser.newContext({ baseURL: publicUrl, locale: "de-DE" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  // a session created on A works on B
  state.to = "A";
  const email = uniqueEmail("instances");
  await register(page, email);
  state.to = "B";
  await page.goto("/companies");
  await expect(page.getByLabel("Name des Unternehmens")).toBeVisible();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();

  // a write from a page that A rendered, answered by B: create a company; the client-side navigation to it comes from B too
  state.to = "A";
  await page.goto("/companies");
  await expect(page.getByRole("button", { name: "Unternehmen anlegen" })).toBeEnabled(); // hydrated
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  state.to = "B";
  const servedBefore = { ...state.served };
  await page.getByLabel("Name des Unternehmens").fill("Zwei Instanzen GmbH");
  await page.getByLabel("Branche").selectOption("C");
  await page.getByLabel("Beschäftigte").selectOption("10-49");
  await page.getByLabel("Bundesland").selectOption("BE");
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zwei Instanzen GmbH" })).toBeVisible();
  expect(state.served.B).toBeGreaterThan(servedBefore.B);
  expect(state.served.A).toBe(servedBefore.A);
  const companyPath = new URL(page.url()).pathname;
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), "no full reload").toBe(true);
  // … and A sees it
  state.to = "A";
  await page.goto(companyPath);
  await expect(page.getByRole("heading", { level: 1, name: "Zwei Instanzen GmbH" })).toBeVisible();

  // a client-side navigation from a page of A, answered by B (same build: no full reload)
  const myCompanies = page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Meine Unternehmen" });
  await expect(myCompanies).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  state.to = "B";
  await myCompanies.click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole("link", { name: "Zwei Instanzen GmbH" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), "no full reload").toBe(true);

  // the locale switch: page from A, POST /api/locale and the refresh answered by B
  state.to = "A";
  await page.goto("/companies");
  await expect(page.getByRole("button", { name: "Unternehmen anlegen" })).toBeEnabled();
  state.to = "B";
  await page.locator("button[lang=en]").click();
  await expect(page.getByRole("button", { name: "Create company" })).toBeVisible();
  state.to = "A";
  await page.reload();
  await expect(page.getByRole("button", { name: "Create company" })).toBeVisible();
  await page.locator("button[lang=de]").click();
  await expect(page.getByRole("button", { name: "Unternehmen anlegen" })).toBeVisible();

  // every request to either instance, page by page and asset by asset: one build, so every chunk is on both
  state.to = "alternate";
  await page.goto(companyPath);
  await expect(page.getByRole("heading", { level: 1, name: "Zwei Instanzen GmbH" })).toBeVisible();
  await page.goto("/companies");
  await expect(page.getByRole("button", { name: "Unternehmen anlegen" })).toBeEnabled();
  expect(errors).toEqual([]);

  // a rolling deploy: a check whose content version this build does not know (as on an old instance
  // while a new one already serves the new content) -> a clear 503 with Retry-After, and the page says so
  state.to = "A";
  await page.goto(companyPath);
  const assessmentPath = new URL(await startDigitalReadiness(page)).pathname;
  const id = assessmentPath.split("/").pop()!;
  await sql(database.url, `UPDATE "Assessment" SET "contentVersion" = '99.0.0' WHERE id = $1`, [id]);
  const save = await page.request.put(`/api${assessmentPath}`, { data: { revision: 0, answers: {}, currentPage: 0 }, headers: { origin: publicUrl } });
  expect(save.status()).toBe(503);
  expect(save.headers()["retry-after"]).toBe("30");
  expect(((await save.json()) as { error: { message: string } }).error.message).toContain("Gerade wird eine neue Version der Anwendung eingespielt");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(assessmentPath);
    await expect(page.getByTestId("update-in-progress")).toContainText("Bitte versuchen Sie es in einer Minute noch einmal");
    await screenshot(page, `instances-update-in-progress-${width}`);
  }
  await page.getByRole("link", { name: "Erneut versuchen" }).click();
  await expect(page.getByTestId("update-in-progress")).toBeVisible();
  await context.close();

  // the sign-in limit is one budget: 3 wrong passwords on A and 2 on B use up the 5 of the e-mail
  const other = await browser.newContext({ baseURL: publicUrl, locale: "de-DE" });
  const p2 = await other.newPage();
  const wrong = "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.";
  for (const [i, to] of (["A", "A", "A", "B", "B"] as const).entries()) {
    state.to = to;
    await signInFails(p2, email, `Falsch-${i}-Passwort`, wrong);
  }
  expect(await rateLimitRows(database.url, "signInEmail:%")).toEqual([{ key: `signInEmail:${email.toLowerCase()}`, points: 5 }]);
  for (const to of ["A", "B"] as const) {
    state.to = to;
    // even the right password is refused on either instance while the limit holds
    await signInFails(p2, email, PASSWORD, "Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.");
  }
  await other.close();
});
