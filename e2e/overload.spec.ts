import { expect, test } from "@playwright/test";
import { createCompany, register, uniqueEmail } from "./helpers";

/**
 * PDF overload against the production build: 100 parallel downloads of the plan by one signed-in
 * user. The pool is created from instrumentation.ts (its own bundle): its "busy" error must still
 * become a 503 with Retry-After, never a 500. One user cannot take the whole queue: another user's
 * download goes through meanwhile.
 */
test("100 parallel plan PDFs by one user: only 200 or 503 with Retry-After, and another user still gets a PDF", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await register(page, uniqueEmail("overload"));
  const companyId = await createCompany(page, "Last & Söhne GmbH");
  const other = await browser.newContext({ locale: "de-DE" });
  const otherPage = await other.newPage();
  await register(otherPage, uniqueEmail("overload-b"));
  const otherCompany = await createCompany(otherPage, "Nachbar KG");

  const url = `/api/companies/${companyId}/plan.pdf`;
  const burst = Array.from({ length: 100 }, () => page.request.get(url, { timeout: 120_000 }));
  await new Promise((r) => setTimeout(r, 300));
  const theirs = otherPage.request.get(`/api/companies/${otherCompany}/plan.pdf`, { timeout: 120_000 });
  const responses = await Promise.all(burst);
  const statuses = responses.map((r) => r.status());
  const counts = statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
  expect(Object.keys(counts).map(Number).sort(), JSON.stringify(counts)).toEqual(expect.arrayContaining([200, 503]));
  expect(statuses.every((s) => s === 200 || s === 503), JSON.stringify(counts)).toBe(true);
  for (const r of responses.filter((x) => x.status() === 503)) {
    expect(r.headers()["retry-after"]).toBe("60");
    expect((await r.json()).error.code).toBe("unavailable");
  }
  expect(responses.find((r) => r.status() === 200)!.headers()["content-type"]).toBe("application/pdf");
  expect((await theirs).status()).toBe(200);
  await other.close();
});
