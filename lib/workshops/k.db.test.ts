import { it, expect, beforeAll } from "vitest";
import { describeEachDb } from "../testing/db";
import { appError } from "../testing/app-error";
import { contentRegistry } from "../content";
import type { SessionUser } from "../auth/session";
import { startAssessment, saveAnswers, submitAssessment } from "../assessments/mutations";
import { requireGuestAccess } from "../guests/access";
import { createWorkshop, setWorkshopK } from "./mutations";
import { requireWorkshop } from "./access";
import { joinWorkshop } from "./join";
import { liveState } from "./publish";
import { CORE_READINESS } from "../content/readiness";

const today = () => new Date().toISOString().slice(0, 10);

/** The threshold k can change until the first group state, and the publication uses the k of that moment. */
describeEachDb("workshop k", ({ db }) => {
  const q = contentRegistry().latest(CORE_READINESS)!;
  let advisor: SessionUser;
  let other: SessionUser;
  let workshopId: string;
  const mk = async (email: string): Promise<SessionUser> => {
    const u = await db().user.create({ data: { email, name: null, passwordHash: "x" } });
    return { id: u.id, email: u.email, name: u.name };
  };
  const finishCompany = async (code: string, name: string) => {
    const { token } = await joinWorkshop(code, { companyName: name, industry: "C", sizeBand: "10-49", region: "SN", consent: false }, []);
    const ctx = await requireGuestAccess(token, "answer");
    const { id } = await startAssessment(ctx, CORE_READINESS, "self");
    const { revision } = await saveAnswers(ctx, id, { answers: Object.fromEntries(q.scoring!.items.map((i) => [i.id, 2])), currentPage: 0, revision: 0 });
    await submitAssessment(ctx, id, revision);
  };
  const state = async () => liveState(await requireWorkshop(advisor, workshopId));

  beforeAll(async () => {
    advisor = await mk("schwelle@kammer.example");
    other = await mk("andere@kammer.example");
    workshopId = (await createWorkshop(advisor, { title: "Kleine Runde", date: today(), place: "Saal 4", questionnaires: [CORE_READINESS], k: 5 })).id;
  });

  it("another advisor cannot change it; its owner can, until the first group state; then it is fixed", async () => {
    expect((await appError(() => setWorkshopK(other, workshopId, 3))).messageKey).toBe("workshopNotFound");
    const code = (await db().workshop.findUniqueOrThrow({ where: { id: workshopId } })).joinCode;
    for (const name of ["Bäckerei Korn", "Druckerei Satz", "Elektro Watt"]) await finishCompany(code, name);
    // three finished, k = 5: nothing published
    expect((await state()).publication).toBeNull();
    expect((await state()).waiting).toMatchObject({ reason: "belowK", missing: 2 });

    // a poll that read the workshop before a raise to 6 publishes nothing: the publication reads k under its lock
    const before = await requireWorkshop(advisor, workshopId);
    await setWorkshopK(advisor, workshopId, 6);
    const stale = await liveState({ ...before, k: 3 });
    expect(stale.publication).toBeNull();
    expect(stale).toMatchObject({ k: 6, waiting: { reason: "belowK", missing: 3 } });

    await setWorkshopK(advisor, workshopId, 3);
    await setWorkshopK(advisor, workshopId, 3); // the same value again changes nothing
    const changes = await db().auditEvent.findMany({ where: { target: workshopId, action: "workshop.k" }, orderBy: { seq: "asc" } });
    expect(changes.map((e) => e.meta)).toEqual([{ from: 5, to: 6 }, { from: 6, to: 3 }]);
    // the next poll publishes with the new k, over the three
    const published = await state();
    expect(published.k).toBe(3);
    expect(published.publication).toMatchObject({ seq: 1, companyCount: 3 });

    const e = await appError(() => setWorkshopK(advisor, workshopId, 4));
    expect([e.code, e.messageKey]).toEqual(["conflict", "kFixedAfterPublication"]);
    expect((await db().workshop.findUniqueOrThrow({ where: { id: workshopId } })).k).toBe(3);
  });
});
