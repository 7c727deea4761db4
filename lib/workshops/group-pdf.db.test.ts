import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { appError } from "../testing/app-error";
import { contentRegistry } from "../content";
import type { SessionUser } from "../auth/session";
import { startAssessment, saveAnswers, submitAssessment } from "../assessments/mutations";
import { requireGuestAccess } from "../guests/access";
import { guestOffers } from "../guests/offers";
import { createWorkshop, setWorkshopK, setWorkshopStatus } from "./mutations";
import { requireWorkshop } from "./access";
import { workshopLog } from "./queries";
import { joinWorkshop } from "./join";
import { groupPdfState, recordGroupDownload } from "./group-pdf";
import { checkAllChains } from "../audit/queries";
import { CORE_READINESS, FULL_READINESS } from "../content/readiness";

const today = () => new Date().toISOString().slice(0, 10);

/** A workshop with the ten-minute core check and k = 3; the group PDF's state, access and counted measures. */
describeEachDb("workshop group PDF (core check)", ({ db }) => {
  const q = contentRegistry().latest(CORE_READINESS)!;
  const mk = async (email: string): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email, name: null, passwordHash: "x" } });
    return { id: u.id, email: u.email, name: u.name };
  };
  let advisor: SessionUser;
  let other: SessionUser;
  let workshopId: string;
  let code: string;
  const join = async (name: string) => (await joinWorkshop(code, { companyName: name, industry: "C", sizeBand: "10-49", region: "SN", consent: false }, [])).token;
  /** answers the core check: `weak` dimensions at 0 points, the others at 100, and submits */
  const finish = async (token: string, weak: string[]) => {
    const ctx = await requireGuestAccess(token, "answer");
    const { id } = await startAssessment(ctx, CORE_READINESS, "self");
    const answers = Object.fromEntries(q.scoring!.items.map((i) => [i.id, weak.includes(i.dimension) ? 0 : 4]));
    const { revision } = await saveAnswers(ctx, id, { answers, currentPage: 0, revision: 0 });
    await submitAssessment(ctx, id, revision);
  };

  beforeAll(async () => {
    advisor = await mk("gruppe@kammer.example");
    other = await mk("fremd@anders.example");
    workshopId = (await createWorkshop(advisor, { title: "Kurzcheck am Nachmittag", date: today(), place: "Kammer, Saal 1", questionnaires: [CORE_READINESS], k: 3 })).id;
    code = (await db().workshop.findUniqueOrThrow({ where: { id: workshopId } })).joinCode;
  });

  it("the core check and the full one cannot both be chosen (the same questions twice)", async () => {
    const e = await appError(() => createWorkshop(advisor, { title: "Doppelt", date: today(), place: "Saal", questionnaires: [CORE_READINESS, FULL_READINESS], k: 3 }));
    expect(e.code).toBe("unprocessable");
  });

  it("another advisor gets a 404; below k the PDF is refused with a clear message and nothing is computed", async () => {
    expect((await appError(() => groupPdfState(other, workshopId))).messageKey).toBe("workshopNotFound");
    expect((await appError(() => groupPdfState(other, "nonsense"))).messageKey).toBe("workshopNotFound");
    const t1 = await join("Tischlerei Holzwurm");
    expect(await guestOffers(await requireGuestAccess(t1, "answer"))).toEqual([{ key: CORE_READINESS, perspective: "self" }]);
    await finish(t1, ["data", "organisation"]);
    await finish(await join("Metallbau Funke"), ["data", "organisation"]);
    const e = await appError(() => groupPdfState(advisor, workshopId));
    expect(e.code).toBe("conflict");
    expect(e.messageKey).toBe("groupNotPublished");
    expect(await db().workshopPublication.count({ where: { workshopId } })).toBe(0);
  });

  it("at k the state is published with its handout over exactly those companies; a later company alone changes neither", async () => {
    await finish(await join("Bäckerei Korn"), ["sovereignty"]);
    const first = await groupPdfState(advisor, workshopId);
    expect(first.publication).toMatchObject({ seq: 1, companyCount: 3 });
    expect(first.handout).toMatchObject({ catalogueVersion: "1.3.0", contentVersions: { [CORE_READINESS]: ["1.0.0"] } });
    // data and organisation measures: two companies each; the sovereignty ones only one company needs, so they stay off
    const measures = first.handout!.measures;
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.companies === 2)).toBe(true);
    const catalogue = contentRegistry().catalogue("1.3.0")!;
    const dimsOf = (id: string) => catalogue.measures.find((m) => m.id === id)!.addresses.map((a) => q.scoring!.items.find((i) => i.id === a)?.dimension).filter(Boolean);
    for (const m of measures) expect(dimsOf(m.measureId).some((d) => d === "data" || d === "organisation"), m.measureId).toBe(true);
    const stored = await db().workshopPublication.findFirstOrThrow({ where: { workshopId, seq: 1 } });
    expect(JSON.stringify(stored.handout)).not.toMatch(/Holzwurm|Funke|Korn|c[a-z0-9]{24}/);

    // a 4th company with gaps everywhere: not published alone (differencing), so the PDF shows the same state and counts
    await finish(await join("Druckerei Satz"), ["strategy", "data", "processes", "skills", "organisation", "cooperation", "sovereignty"]);
    const same = await groupPdfState(advisor, workshopId);
    expect(same.publication.seq).toBe(1);
    expect(same.handout).toEqual(first.handout);

    // a 5th: a new state, its handout counted over all five
    await finish(await join("Elektro Watt"), ["data"]);
    const next = await groupPdfState(advisor, workshopId);
    expect(next.publication).toMatchObject({ seq: 2, companyCount: 5 });
    expect(Math.max(...next.handout!.measures.map((m) => m.companies))).toBeGreaterThanOrEqual(3);
    expect(next.handout!.measures.every((m) => m.companies >= 2)).toBe(true);
  });

  it("a download of the group result is on the workshop's log: who, which file, which state; no company's chain", async () => {
    const { publication } = await groupPdfState(advisor, workshopId);
    await recordGroupDownload(advisor, workshopId, { format: "pdf", seq: publication.seq, locale: "de" });
    await recordGroupDownload(advisor, workshopId, { format: "csv", seq: publication.seq, locale: "en" });
    const events = await db().auditEvent.findMany({ where: { target: workshopId, action: { startsWith: "workshop.group." } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.chain, e.companyId, e.userId, e.actor, e.meta])).toEqual([
      ["workshop.group.pdf", "instance", null, advisor.id, "gruppe@kammer.example", { seq: publication.seq, locale: "de" }],
      ["workshop.group.csv", "instance", null, advisor.id, "gruppe@kammer.example", { seq: publication.seq, locale: "en" }],
    ]);
    expect((await checkAllChains()).find((c) => c.chain === "instance")?.check).toMatchObject({ ok: true });
  });

  it("the workshop page's history: its own entries on the instance chain, newest first, none of another workshop", async () => {
    const otherWs = (await createWorkshop(advisor, { title: "Anderer Termin", date: today(), place: "Saal 2", questionnaires: [CORE_READINESS], k: 4 })).id;
    const w = await requireWorkshop(advisor, workshopId);
    await setWorkshopStatus(advisor, workshopId, "closed");
    await setWorkshopStatus(advisor, workshopId, "open");
    const log = await workshopLog(w);
    expect(log.map((e) => e.action)).toEqual(["workshop.open", "workshop.close", "workshop.group.csv", "workshop.group.pdf", "workshop.create"]);
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq)].sort((a, b) => b - a));
    expect(log[2].meta).toEqual({ seq: 2, locale: "en" });
    expect(log.at(-1)!.meta).toMatchObject({ k: 3 });
    const theOther = await workshopLog(await requireWorkshop(advisor, otherWs));
    expect(theOther.map((e) => [e.action, e.meta.k])).toEqual([["workshop.create", 4]]);
    await setWorkshopK(advisor, otherWs, 5);
    expect((await workshopLog(await requireWorkshop(advisor, otherWs)))[0]).toMatchObject({ action: "workshop.k", meta: { from: 4, to: 5 } });
  });
});
