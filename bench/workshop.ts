/**
 * Workshop bench: 100 participants join one workshop and answer the full digital-readiness check at
 * once, question by question (one autosave per answer, as the questionnaire sends them), and submit;
 * meanwhile a projector polls the state every 1.5 s, as the page does. On PGlite and on PostgreSQL.
 * Figures: autosave p50/p95 of the app against the bare baseline (the same single-row update from a
 * bare node:http server, same run, same assessments, same concurrency), the projector's data age
 * (the longest gap between two fresh states it received) and poll latency, and a count check after
 * the run (every answer stored, every assessment submitted, the finished count the projector shows).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startServer } from "./lib/server";
import { registerUser } from "./lib/session";
import { stats, writeResult } from "./lib/results";
import { withBaseline } from "./lib/baseline";
import { withScratchDatabase } from "./lib/scratch-db";
import { round } from "./lib/load";

const PORT = Number(process.env.BENCH_PORT ?? 3326);
const BASE_PORT = PORT + 1;
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 100);
/** the projector page's poll interval, start to start (app/advisor/workshops/[workshopId]/projector/projector-view.tsx) */
const POLL_MS = 1000;
/** pause between two answers of one participant (random 0.5–1.5×; 0 = closed loop, every save right after the last) */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 3000);
const KEY = "digital-readiness";

const content = JSON.parse(readFileSync("content/questionnaires/digital-readiness/1.0.0.json", "utf8")) as { scoring: { items: { id: string }[]; relevance: { question: string }[] } };
/** every question the participant answers, in order: scored items and the relevance question of each page */
const QUESTIONS: [string, number][] = [...content.scoring.items.map((i, n) => [i.id, n % 5] as [string, number]), ...content.scoring.relevance.map((r) => [r.question, 2] as [string, number])];

type Participant = { token: string; assessmentId: string; revision: number };

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function setUp(baseURL: string) {
  const { cookie } = await registerUser(baseURL, `leitung-${Date.now().toString(36)}@example.org`);
  const headers = { cookie, "content-type": "application/json" };
  const w = await json<{ id: string }>(await fetch(`${baseURL}/api/workshops`, { method: "POST", headers, body: JSON.stringify({ title: "Bench-Workshop", date: new Date().toISOString().slice(0, 10), place: "Saal 1", questionnaires: [KEY], k: "5" }) }), "create workshop");
  const html = await (await fetch(`${baseURL}/advisor/workshops/${w.id}`, { headers: { cookie } })).text();
  const code = /data-testid="join-code">([A-Z0-9-]+)</.exec(html)![1].replace("-", "");
  const people: Participant[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const { url } = await json<{ url: string }>(await fetch(`${baseURL}/api/join/${code}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ companyName: `Betrieb ${i + 1}`, industry: "C", sizeBand: "10-49", region: "SN", consent: false }) }), "join");
    const token = url.split("/g/")[1];
    const a = await json<{ id: string }>(await fetch(`${baseURL}/api/g/${token}/assessments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionnaireKey: KEY, perspective: "self" }) }), "start");
    people.push({ token, assessmentId: a.id, revision: 0 });
  }
  return { workshopId: w.id, cookie, people };
}

/** All participants answer at once, one save per question; returns the save latencies. */
async function answerAll(people: Participant[], save: (p: Participant, answers: Record<string, number>) => Promise<number | null>) {
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    people.map(async (p) => {
      const answers: Record<string, number> = {};
      for (const [q, v] of QUESTIONS) {
        if (THINK_MS) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
        answers[q] = v;
        const s = performance.now();
        const rev = await save(p, { ...answers }).catch(() => null);
        if (rev === null) errors++;
        else {
          p.revision = rev;
          latencies.push(performance.now() - s);
        }
      }
    }),
  );
  const st = stats(latencies);
  return { saves: latencies.length, errors, seconds: round((performance.now() - t0) / 1000), rps: Math.round(latencies.length / ((performance.now() - t0) / 1000)), p50ms: round(st.median), p95ms: round(st.p95), maxms: round(st.max) };
}

/** The projector: polls like the page (start to start every POLL_MS, a slow answer waited for); the data age is the longest gap between two answers. */
function projector(baseURL: string, workshopId: string, cookie: string) {
  const arrivals: number[] = [];
  const latencies: number[] = [];
  const failed: number[] = []; // statuses of polls that were not answered with 200 (0: no answer)
  let last: { finished: number; publication: unknown } | null = null;
  let stopped = false;
  const started = performance.now();
  const done = (async () => {
    while (!stopped) {
      const s = performance.now();
      try {
        const r = await fetch(`${baseURL}/api/workshops/${workshopId}/state`, { headers: { cookie } });
        if (r.ok) {
          last = (await r.json()) as typeof last;
          latencies.push(performance.now() - s);
          arrivals.push(performance.now());
        } else {
          failed.push(r.status);
          await r.body?.cancel();
        }
      } catch {
        failed.push(0); // counted as a gap
      }
      await new Promise((res) => setTimeout(res, Math.max(0, POLL_MS - (performance.now() - s))));
    }
  })();
  return {
    elapsedS: () => (performance.now() - started) / 1000,
    async stop() {
      stopped = true;
      await done;
      const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]);
      const st = stats(latencies);
      const widest = gaps.indexOf(Math.max(...gaps));
      return {
        polls: latencies.length,
        pollP50ms: round(st.median),
        pollP95ms: round(st.p95),
        pollMaxMs: round(Math.max(...latencies)),
        failedPolls: failed,
        maxDataAgeMs: round(Math.max(...gaps)),
        /** when the widest gap ended, in seconds after the projector started */
        maxDataAgeAtS: round((arrivals[widest + 1] - started) / 1000),
        last,
      };
    },
  };
}

async function baseline(env: Record<string, string>, people: Participant[]) {
  return withBaseline(BASE_PORT, env, (base) =>
    // the baseline writes the same rows: reset them to drafts it can update (revision as the app left it)
    answerAll(people, async (p, answers) => {
      const res = await fetch(`${base}/a/${p.assessmentId}`, { method: "PUT", body: JSON.stringify({ revision: p.revision, answers, currentPage: 0 }) });
      if (res.status !== 200) return (await res.arrayBuffer(), null);
      return ((await res.json()) as { revision: number }).revision;
    }),
  );
}

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

async function withDb<T>(databaseUrl: string | undefined, dir: string, fn: (q: Query) => Promise<T>): Promise<T> {
  if (databaseUrl) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      return await fn((sql) => c.query(sql));
    } finally {
      await c.end();
    }
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dir);
  try {
    return await fn((sql) => db.query(sql) as Promise<{ rows: Record<string, unknown>[] }>);
  } finally {
    await db.close();
  }
}

async function run(kind: "pglite" | "postgresql", databaseUrl?: string) {
  const pgliteDir = path.join(".data", `bench-${PORT}`, "pglite");
  const server = await startServer({ port: PORT, fresh: !databaseUrl, databaseUrl, pgliteDir });
  let result;
  let people: Participant[] = [];
  try {
    const s = await setUp(server.baseURL);
    people = s.people;
    const screen = projector(server.baseURL, s.workshopId, s.cookie);
    const app = await answerAll(people, async (p, answers) => {
      const res = await fetch(`${server.baseURL}/api/g/${p.token}/assessments/${p.assessmentId}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ revision: p.revision, answers, currentPage: 0 }) });
      if (res.status !== 200) return (await res.arrayBuffer(), null);
      return ((await res.json()) as { revision: number }).revision;
    });
    const submitsAtS = round(screen.elapsedS());
    const submits = await Promise.all(people.map((p) => fetch(`${server.baseURL}/api/g/${p.token}/assessments/${p.assessmentId}/submit`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ revision: p.revision }) }).then((r) => r.status)));
    await new Promise((r) => setTimeout(r, 2 * POLL_MS));
    const screenFigures = await screen.stop();
    const last = screenFigures.last as { finished: number; publication: { companyCount: number } | null; waiting: { reason: string; missing: number } | null } | null;
    result = { participants: PARTICIPANTS, questions: QUESTIONS.length, app, submitted: submits.filter((x) => x === 200).length, projector: { ...screenFigures, submitsAtS, last: undefined, finishedShown: last?.finished, publishedCompanies: last?.publication?.companyCount ?? null, waitingShown: last?.waiting ?? null } };
  } finally {
    await server.stop();
  }
  // count check: every answer of every participant is stored and every assessment submitted
  const ids = people.map((p) => `'${p.assessmentId}'`).join(",");
  const counted = await withDb(databaseUrl, pgliteDir, async (q) => {
    const r = await q(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'submitted')::int AS submitted, sum((SELECT count(*) FROM jsonb_object_keys(answers)))::int AS answers FROM "Assessment" WHERE id IN (${ids})`);
    const revs = new Map((await q(`SELECT id, revision FROM "Assessment" WHERE id IN (${ids})`)).rows.map((x) => [x.id as string, x.revision as number]));
    for (const p of people) p.revision = revs.get(p.assessmentId) ?? p.revision;
    // the baseline then writes the same rows again: back to drafts
    await q(`UPDATE "Assessment" SET status = 'draft' WHERE id IN (${ids})`);
    return r.rows[0] as { n: number; submitted: number; answers: number };
  });
  const expected = PARTICIPANTS * QUESTIONS.length;
  const base = await baseline(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir }, people);
  return { thinkMs: THINK_MS, ...result, countCheck: { ...counted, expectedAnswers: expected, ok: counted.n === PARTICIPANTS && counted.submitted === PARTICIPANTS && counted.answers === expected }, baseline: base, p95Ratio: round(result.app.p95ms / Math.max(0.1, base.p95ms)) };
}

async function main() {
  const only = process.env.BENCH_DB;
  const figures: Record<string, unknown> = {};
  if (only !== "postgresql") figures.pglite = await run("pglite");
  if (only !== "pglite") figures.postgresql = await withScratchDatabase("kmu_bench_ws", (url) => run("postgresql", url));
  console.log(JSON.stringify(figures, null, 2));
  writeResult(`workshop${only ? `-${only}` : ""}`, figures);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
