/**
 * Advisor portfolio bench on the production build: one advisor with accepted grants of 50 companies
 * (each with a submitted digital-readiness check and some plan items), then the time of GET /advisor
 * (the whole page, signed in) sequentially and with 5 at once. Target: well under a second.
 */
import { startServer } from "./lib/server";
import { loadFetch } from "./lib/load";
import { registerUser } from "./lib/session";
import { stats, writeResult } from "./lib/results";

const PORT = Number(process.env.BENCH_PORT ?? 3327);
const COMPANIES = 50;

async function main() {
  const server = await startServer({ port: PORT, fresh: true });
  try {
    const base = server.baseURL;
    const owner = await registerUser(base, `bench-owner-${Date.now().toString(36)}@example.org`);
    const advisorEmail = `bench-advisor-${Date.now().toString(36)}@example.org`;
    const advisor = await registerUser(base, advisorEmail);
    const post = (s: { cookie: string }, path: string, body: unknown, method = "POST") =>
      fetch(base + path, { method, headers: { cookie: s.cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
    const t0 = performance.now();
    for (let i = 0; i < COMPANIES; i++) {
      const c = await (await post(owner, "/api/companies", { name: `Kunde ${i + 1} GmbH`, industry: "C", sizeBand: "10-49", region: "BY" })).json();
      const a = await (await post(owner, `/api/companies/${c.id}/assessments`, { questionnaireKey: "digital-readiness", perspective: "self" })).json();
      const put = await post(owner, `/api/companies/${c.id}/assessments/${a.id}`, { revision: 0, answers: { data_machine_capture: i % 5, data_no_double_entry: (i + 2) % 5, proc_erp: (i + 1) % 5 }, currentPage: 0 }, "PUT");
      if (!put.ok) throw new Error(`save ${put.status}`);
      if (!(await post(owner, `/api/companies/${c.id}/assessments/${a.id}/submit`, { revision: 1 })).ok) throw new Error("submit");
      await post(owner, `/api/companies/${c.id}/plan/erp`, { status: i % 2 ? "done" : "in_progress" }, "PATCH");
      const g = await (await post(owner, `/api/companies/${c.id}/grants`, { email: advisorEmail, scopes: ["pdfs"], until: new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10) })).json();
      const token = String(g.link).split("/").pop();
      const acc = await post(advisor, "/api/grants/accept", { token });
      if (!acc.ok) throw new Error(`accept ${acc.status} ${await acc.text()}`);
    }
    const setupSeconds = Math.round((performance.now() - t0) / 1000);
    const page = async () => {
      const r = await fetch(`${base}/advisor`, { headers: { cookie: advisor.cookie } });
      const html = await r.text();
      return r.status === 200 && (html.match(/data-testid="portfolio-entry"/g) ?? []).length === COMPANIES;
    };
    if (!(await page())) throw new Error("the portfolio does not list all companies");
    for (let i = 0; i < 5; i++) await page();
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      if (!(await page())) throw new Error("portfolio page failed");
      times.push(performance.now() - t);
    }
    const sequential = stats(times);
    const concurrent = await loadFetch({ concurrency: 5, durationMs: 5000, send: page });
    console.log("[portfolio] sequential", sequential, "5 at once", concurrent);
    writeResult("portfolio", { companies: COMPANIES, setupSeconds, sequentialMs: sequential, concurrent5: concurrent });
  } finally {
    await server.stop();
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
