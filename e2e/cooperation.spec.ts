import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { register, createCompany, uniqueEmail, screenshot, pdfText } from "./helpers";
import { checkA11y } from "./axe";

/**
 * Issue 15: a cooperation through all five steps of the Kreislauf des Vertrauens into a second
 * round, with the partner answering the two-sided trust check in its own browser context (no
 * account, a link). The comparison appears only after both sides submitted; the agreement outline
 * (PDF text and a PNG of it) and the .ics file are checked; each step page and the comparison are
 * photographed at 390 and 1280 px.
 */
const trust = JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/trust/2.0.0.json"), "utf8")) as { scoring: { items: { id: string; dimension: string }[] } };
/** self: "how we come across" (0-4), other: "how we see our partner" */
const trustAnswers = (self: number, other: number, name: string) => ({ partner_name: name, ...Object.fromEntries(trust.scoring.items.map((i) => [i.id, i.dimension.endsWith("_other") ? other : self])) });

async function fillAndSubmit(page: Page, api: string, answers: Record<string, unknown>) {
  const saved = await page.request.put(api, { data: { revision: 0, answers, currentPage: 0 } });
  expect(saved.status()).toBe(200);
  const { revision } = (await saved.json()) as { revision: number };
  expect((await page.request.post(`${api}/submit`, { data: { revision } })).status()).toBe(200);
}

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits 390 px`).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
}

async function advance(page: Page, next: string) {
  page.once("dialog", (d) => d.accept()); // open points are named; closing anyway asks once
  await page.getByTestId("advance-step").getByRole("button").click();
  await expect(page.getByTestId("step-page")).toHaveAttribute("data-step", next);
}

test("a cooperation runs through the five steps into a second round; the partner answers by link; the comparison needs both sides", async ({ page, browser }) => {
  // about 80 s on a quiet machine; the limit leaves room for a busy one
  test.setTimeout(240_000);
  await register(page, uniqueEmail("koop"), "Ines Kaya");
  const companyId = await createCompany(page, "Kaya Feinmechanik GmbH");

  // the dashboard no longer offers "Als Partner bewerten"; it leads to the cooperations
  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.getByRole("button", { name: "Als Partner bewerten" })).toHaveCount(0);
  await expect(page.getByTestId("dashboard-cooperations")).toContainText("Noch keine Kooperation");

  await page.goto(`/companies/${companyId}/cooperations`);
  await expect(page.getByText("Sie haben noch keine Kooperation angelegt.")).toBeVisible();
  await page.getByTestId("new-cooperation-link").click();
  await page.getByLabel("Partner oder Arbeitstitel").fill("Titanwerk Nord AG");
  await page.getByLabel("Geschäftsfeld").fill("Ersatzteile aus Titan, 3D-Druck");
  await page.getByLabel("Ziel", { exact: true }).fill("Lieferzeit für Ersatzteile halbieren");
  await page.getByLabel("Beginn").fill("2027-01-15");
  await page.getByRole("button", { name: "Kooperation anlegen" }).click();
  await expect(page.getByTestId("cooperation-title")).toHaveText("Titanwerk Nord AG");
  const coopUrl = new URL(page.url()).pathname;
  const api = `/api${coopUrl}`;

  // ---- step 1: needs
  await page.getByTestId("open-current-step").click();
  await expect(page.getByTestId("step-page")).toHaveAttribute("data-step", "needs");
  await page.locator('[data-item="needs_business_field"]').check();
  await page.locator('[data-item="needs_goals"]').check();
  await page.getByLabel("Notizen").fill("Wir brauchen einen Partner für Titanteile.");
  await page.getByLabel("Verantwortlich").fill("Ines Kaya");
  await page.getByLabel("Erledigen bis").fill("2027-02-01");
  // nothing to click: the step saves itself after a pause in typing, and says so
  await expect(page.getByTestId("step-form")).toHaveAttribute("data-save-state", "saved");
  await expect(page.getByTestId("step-form-autosave")).toHaveText("Alle Eingaben sind gespeichert.");
  await page.reload();
  await expect(page.locator('[data-item="needs_goals"]')).toBeChecked();
  await expect(page.getByLabel("Notizen")).toHaveValue("Wir brauchen einen Partner für Titanteile.");
  await expect(page.getByLabel("Verantwortlich")).toHaveValue("Ines Kaya");
  await expect(page.getByTestId("open-points")).toContainText("Wir wissen, welches Wissen und Können wir selbst");
  await expect(page.getByTestId("open-points")).not.toContainText("Niemand ist als verantwortlich eingetragen");
  await shoot(page, "coop-step1-needs");
  // a note typed just before completing the step is saved before the step completes (no pause, no click on "Speichern")
  await page.getByLabel("Entscheidungen").fill("Partnersuche über die Kammer");
  await advance(page, "partner");
  await page.goto(`${coopUrl}/steps/needs`);
  await expect(page.getByLabel("Entscheidungen")).toHaveValue("Partnersuche über die Kammer");
  await page.goto(`${coopUrl}/steps/partner`);

  // ---- step 2: partner, with the requirements profile
  await expect(page.getByTestId("open-points")).toContainText("Das Anforderungsprofil ist unvollständig");
  await page.getByLabel("Was der Partner mitbringen muss").fill("3D-Metalldruck für Titan, Erfahrung mit Luftfahrtteilen");
  await page.getByLabel("Was wir einbringen").fill("Fräsen und Nachbearbeitung, Kunden im Maschinenbau");
  await page.getByLabel("Muss-Kriterien (eines pro Zeile)").fill("Titan Grade 5\nZertifiziert nach ISO 9001");
  await page.getByLabel("Wünschenswert (eines pro Zeile)").fill("Standort im Umkreis von 200 km");
  // the step's own form above and the profile below: saving one keeps what was typed in the other
  await page.getByTestId("step-form").getByLabel("Notizen").fill("Zwei Kandidaten aus der Kammerbörse");
  await page.getByTestId("profile-form").getByRole("button", { name: "Profil speichern" }).click();
  await expect(page.getByTestId("profile-form")).toHaveAttribute("data-save-state", "saved");
  await expect(page.getByTestId("step-form")).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  await expect(page.getByTestId("step-form").getByLabel("Notizen")).toHaveValue("Zwei Kandidaten aus der Kammerbörse");
  await expect(page.getByTestId("open-points")).not.toContainText("Das Anforderungsprofil ist unvollständig");
  await shoot(page, "coop-step2-partner");
  await page.getByTestId("profile-print").click();
  await expect(page.getByTestId("profile-sheet")).toContainText("Zertifiziert nach ISO 9001");
  await expect(page.getByTestId("profile-sheet")).toContainText("Anforderungsprofil: Titanwerk Nord AG");
  // the printed sheet's headings are headings, not the form's input hints
  await expect(page.getByTestId("profile-sheet")).toContainText("Muss-Kriterien");
  await expect(page.getByTestId("profile-sheet")).not.toContainText("eines pro Zeile");
  await shoot(page, "coop-profile-print");
  await page.goBack();
  await advance(page, "structures");

  // ---- step 3: structures, the agreement outline
  await expect(page.getByTestId("outline-open")).toContainText("9 von 10 Punkten sind noch offen");
  await page.getByLabel("Zweck der Kooperation").fill("Gemeinsame Fertigung von Ersatzteilen aus Titan");
  await page.getByLabel("Verfolgen alle Partner dasselbe Ziel? Wie haben Sie das geprüft?").fill("Ja, im Workshop am 10.02. gemeinsam festgehalten");
  await page.getByLabel("Wer bringt was ein (Geld, Personal, Maschinen, Räume, Wissen)?").fill("Titanwerk: Drucker; Kaya: Fräszentrum");
  await page.getByLabel("Wie werden die Beiträge bewertet und verrechnet?").fill("Maschinenstunden zu Selbstkosten");
  await page.getByLabel("Wer haftet wofür?").fill("Jede Seite für ihren Fertigungsschritt");
  await page.getByTestId("agreement-form").getByRole("button", { name: "Antworten speichern" }).click();
  await expect(page.getByTestId("agreement-form")).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  await expect(page.getByTestId("outline-open")).toContainText("6 von 10 Punkten sind noch offen");
  await expect(page.getByTestId("outline").locator('[data-open="true"]')).toHaveCount(6);
  await shoot(page, "coop-step3-structures");
  const pdf = await page.request.get(`${api}/agreement.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = pdfText(await pdf.body(), "agreement-outline");
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Entwurf einer Gliederung – keine Rechtsberatung");
  for (const s of ["1. Parteien", "2. Zweck und gemeinsames Ziel", "3. Beiträge und ihre Bewertung", "5. Informationen und Daten", "7. Konflikte und Spannungsfelder", "9. Haftung", "10. Laufzeit, Bewertung, Ausstieg und danach"]) expect(flat).toContain(s);
  expect(flat).toContain("Kaya Feinmechanik GmbH und Titanwerk Nord AG");
  expect(flat).toContain("Maschinenstunden zu Selbstkosten");
  expect(flat).toContain("Vertrauen und Kontrolle");
  expect(flat).toContain("offen – noch zu klären");
  expect(flat).toContain("6 von 10 Punkten sind noch offen");
  execFileSync("pdftoppm", ["-png", "-r", "60", path.join("test-results", "pdf", "agreement-outline.pdf"), path.join("test-results", "pdf", "agreement-outline")]);
  await advance(page, "relationship");

  // ---- step 4: relationship
  await page.locator('[data-item="relat_cadence"]').check();
  await page.getByTestId("step-form").getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("step-form")).toHaveAttribute("data-save-state", "saved");
  await shoot(page, "coop-step4-relationship");
  // a slow save in flight, more typing, then at once a link away (a client navigation): the later
  // typing goes out after the slow save (it was read from the form at the change, not when its turn came)
  await page.route(`**${api}/steps/relationship`, async (route) => {
    if (route.request().method() === "PUT") await new Promise((r) => setTimeout(r, 1500));
    await route.continue().catch(() => undefined); // the page may have moved on meanwhile
  });
  const notes = page.getByTestId("step-form").getByLabel("Notizen");
  await notes.fill("Monatliche Runde");
  await page.getByTestId("step-form").getByLabel("Verantwortlich").focus(); // leaving the field sends (slowly)
  await expect(page.getByTestId("step-form")).toHaveAttribute("data-save-state", "saving");
  await notes.fill("Monatliche Runde, abwechselnd vor Ort");
  await page.getByRole("link", { name: "Zweiseitiger Vertrauenscheck" }).click();
  await expect(page.getByTestId("cooperation-title")).toBeVisible();
  await page.waitForTimeout(2_000); // both saves are through (the slow one, then the one after it)
  await page.unroute(`**${api}/steps/relationship`);
  await expect.poll(async () => {
    await page.goto(`${coopUrl}/steps/relationship`);
    return page.getByTestId("step-form").getByLabel("Notizen").inputValue();
  }, { timeout: 10_000 }).toBe("Monatliche Runde, abwechselnd vor Ort");
  await advance(page, "evaluation");

  // ---- the two-sided trust check, while the cooperation runs
  await page.goto(coopUrl);
  await page.getByTestId("invite-partner").getByRole("button").click();
  const link = await page.getByTestId("copy-link").inputValue();
  expect(link).toMatch(/\/g\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("trust-partner")).toContainText("Eingeladen am");

  const partnerContext = await browser.newContext({ locale: "de-DE" });
  const partner = await partnerContext.newPage();
  // a link cut short when copied: a 404 that says what to do (no "my companies" for someone without an account)
  const cut = await partner.goto(link.slice(0, -3) + "zzz");
  expect(cut?.status()).toBe(404);
  await expect(partner.getByTestId("link-gone")).toContainText("Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.");
  await expect(partner.getByRole("link", { name: "Zu meinen Unternehmen" })).toHaveCount(0);
  await partner.goto(link);
  await expect(partner.getByTestId("partner-home")).toContainText("Kaya Feinmechanik GmbH hat Sie eingeladen");
  await expect(partner.getByTestId("partner-home")).toContainText("sieht Ihre einzelnen Antworten nie");
  await partner.getByTestId("partner-start").getByRole("button").click();
  await expect(partner).toHaveURL(/\/g\/[^/]+\/assessments\/[a-z0-9]+$/);
  await expect(partner.getByText("Mit welchem Unternehmen arbeiten Sie in dieser Kooperation zusammen?")).toBeVisible();
  // the inviting company's name is filled in from the link
  await expect(partner.locator('[data-name="partner_name"] input')).toHaveValue("Kaya Feinmechanik GmbH");
  await expect(partner.getByText("das Unternehmen, das Sie eingeladen hat")).toHaveCount(0);
  // the partner sees itself well (3 = 75) and us so-so (1 = 25)
  await fillAndSubmit(partner, `/api${new URL(partner.url()).pathname}`, trustAnswers(3, 1, "Kaya Feinmechanik GmbH"));
  await partner.goto(link);
  await expect(partner.getByTestId("partner-done")).toBeVisible();
  await expect(partner.getByTestId("partner-waiting")).toBeVisible();
  await expect(partner.getByTestId("trust-comparison")).toHaveCount(0);

  // our side: nothing of the partner's before we submitted too (the server sends no figure)
  await page.reload();
  await expect(page.getByTestId("trust-waiting")).toBeVisible();
  await expect(page.getByTestId("trust-comparison")).toHaveCount(0);
  await page.getByTestId("start-our-trust").getByRole("button").click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  await expect(page.locator('[data-name="partner_name"] input')).toHaveValue("Titanwerk Nord AG");
  // we see ourselves at the top (4 = 100) and the partner well (3 = 75)
  await fillAndSubmit(page, `/api${new URL(page.url()).pathname}`, trustAnswers(4, 3, "Titanwerk Nord AG"));
  await page.goto(coopUrl);
  const us = page.getByTestId("compare-us");
  await expect(us.locator('[data-pillar="competence"]')).toContainText("100");
  await expect(us.locator('[data-pillar="competence"]')).toContainText("25");
  await expect(us.locator('[data-pillar="competence"]')).toContainText("-75");
  await expect(page.getByTestId("compare-partner").locator('[data-pillar="integrity"]')).toContainText("0"); // 75 vs 75
  await expect(page.getByTestId("largest-gaps").locator("li")).toHaveCount(5);
  await expect(page.getByTestId("trust-suggestions")).toBeVisible();
  await shoot(page, "coop-comparison");
  await checkA11y(page, "coop-comparison");
  // a suggested action goes into the plan
  const add = page.locator('[data-testid^="add-to-plan-"]').first();
  const chosen = (await add.getAttribute("data-testid"))!.replace("add-to-plan-", "");
  await add.getByRole("button").click();
  await expect(page.getByText("Im Plan").first()).toBeVisible();
  // ... and really is in the plan: a card of the roadmap, not a line under "Später / optional"
  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.locator(`li[data-measure="${chosen}"]`).first()).toBeVisible();
  await expect(page.locator(`[data-deferred="${chosen}"]`)).toHaveCount(0);
  await expect(page.locator(`li[data-measure="${chosen}"] [data-testid="kept"]`).first()).toContainText("Von Ihnen in den Plan aufgenommen");
  // ... and can be taken out again
  page.once("dialog", (d) => d.accept());
  await page.getByTestId(`remove-chosen-${chosen}`).getByRole("button").click();
  await expect(page.locator(`[data-deferred="${chosen}"]`)).toHaveCount(1);
  await expect(page.locator(`li[data-measure="${chosen}"]`)).toHaveCount(0);
  // put it back (the rest of the journey expects it in the plan)
  await page.goto(coopUrl);
  await page.getByTestId(`add-to-plan-${chosen}`).getByRole("button").click();
  await expect(page.getByText("Im Plan").first()).toBeVisible();
  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.locator(`li[data-measure="${chosen}"]`).first()).toBeVisible();
  await page.goto(coopUrl);

  // the partner sees the same comparison from its side
  await partner.reload();
  await expect(partner.getByTestId("compare-us").locator('[data-pillar="competence"]')).toContainText("75");
  await expect(partner.getByTestId("compare-us")).toContainText("Wie Sie sich sehen und wie Kaya Feinmechanik GmbH Sie sieht");
  await shoot(partner, "coop-partner-comparison");

  // ---- step 5: evaluation with its date as a calendar entry, then round 2
  await page.goto(`${coopUrl}/steps/evaluation`);
  await page.getByTestId("step-form").getByLabel("Erledigen bis").fill("2027-06-30");
  await page.getByTestId("step-form").getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("step-form")).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  const ics = await page.request.get(`${api}/evaluation.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const cal = (await ics.body()).toString("utf8");
  expect(cal.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(cal).toContain("DTSTART;VALUE=DATE:20270630\r\n");
  expect(cal).toContain("DTEND;VALUE=DATE:20270701\r\n");
  expect(cal.replace(/\r\n /g, "")).toContain("SUMMARY:Bewertung der Kooperation mit Titanwerk Nord AG\r\n");
  expect(cal.replace(/\r\n /g, "")).toContain("DESCRIPTION:Kooperation mit Titanwerk Nord AG (Ersatzteile aus Titan\\, 3D-Druck) gemeinsam bewerten");
  expect(cal.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  await expect(page.getByTestId("ics-link")).toBeVisible();
  await page.getByLabel("Wurden die Ziele erreicht? Welche Chancen wurden genutzt?").fill("Lieferzeit um 30 % gesenkt");
  await page.getByLabel("Passen die Partner in Arbeitsweise und Kultur zusammen?").fill("Ja, kurze Wege");
  await page.getByLabel("Stehen Aufwand und Kosten im Verhältnis zum Nutzen, für beide Seiten?").fill("Für uns ja, für den Partner knapp");
  await page.getByLabel("Was folgt daraus (z. B. Vereinbarung ändern, ausbauen, beenden)?").fill("Vereinbarung um den Datenaustausch ergänzen");
  await page.getByLabel("Nächster Bewertungstermin").fill("2027-12-15");
  await shoot(page, "coop-step5-evaluation");
  await page.getByTestId("evaluation-form").getByRole("button", { name: "Bewertung speichern und nächste Runde beginnen" }).click();
  await expect(page.getByTestId("step-page")).toHaveAttribute("data-cycle", "2");
  await expect(page.getByTestId("step-page")).toHaveAttribute("data-step", "needs");
  await expect(page.getByLabel("Notizen")).toHaveValue(/Aus der Bewertung von Runde 1\n.*Lieferzeit um 30 % gesenkt/);
  await expect(page.getByLabel("Entscheidungen")).toHaveValue(/Vereinbarung um den Datenaustausch ergänzen/);
  await shoot(page, "coop-round2-needs");
  // round 1 stays readable
  await page.getByTestId("rounds").getByRole("link", { name: "Runde 1" }).click();
  await expect(page.getByTestId("read-only")).toBeVisible();
  await expect(page.getByTestId("notes-read")).toContainText("Wir brauchen einen Partner für Titanteile.");
  await page.goto(`${coopUrl}/steps/evaluation?cycle=1`);
  await expect(page.getByTestId("evaluation-read")).toContainText("Lieferzeit um 30 % gesenkt");

  // ---- the rest of the product: dashboard, plan PDF, access log
  await page.goto(`/companies/${companyId}/dashboard`);
  await expect(page.getByTestId("dashboard-cooperations")).toContainText("Titanwerk Nord AG");
  await expect(page.getByTestId("dashboard-cooperations")).toContainText("Schritt 1 von 5: Bedarf ermitteln · Runde 2");
  const plan = await page.request.get(`/api/companies/${companyId}/plan.pdf`);
  expect(plan.status()).toBe(200);
  const planText = pdfText(await plan.body(), "plan-with-cooperation").replace(/\s+/g, " ");
  expect(planText).toContain("Kooperationen");
  expect(planText).toContain("Titanwerk Nord AG");
  expect(planText).toContain("Schritt 1 von 5: Bedarf ermitteln · Runde 2");
  expect(planText.toLowerCase()).toContain("so sieht uns der partner");
  await page.goto(`/companies/${companyId}/access-log`);
  await expect(page.getByText("Partner zum Vertrauenscheck eingeladen").first()).toBeVisible();
  await expect(page.getByText("Gegenüberstellung des Vertrauenschecks gelesen").first()).toBeVisible();
  await expect(page.getByText("Selbstcheck abgeschlossen", { exact: false }).first()).toBeVisible();

  // ---- the partner withdraws: its answers are gone, the comparison disappears for both
  partner.once("dialog", (d) => d.accept());
  await partner.getByTestId("partner-withdraw").getByRole("button").click();
  await expect(partner.getByTestId("partner-withdrawn")).toBeVisible();
  await expect(partner.getByTestId("trust-comparison")).toHaveCount(0);
  await page.goto(coopUrl);
  await expect(page.getByTestId("trust-partner")).toContainText("zurückgezogen");
  await expect(page.getByTestId("trust-comparison")).toHaveCount(0);
  await page.goto(`/companies/${companyId}/access-log`);
  await expect(page.getByText("Partner hat seine Antworten zurückgezogen")).toBeVisible();
  await partnerContext.close();
});
