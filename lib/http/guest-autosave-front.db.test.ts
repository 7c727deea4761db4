import { it, expect, beforeAll } from "vitest";
import { describeEachDb, sqlLog } from "../testing/db";
import { contentRegistry } from "../content";
import { startAssessment, submitAssessment } from "../assessments/mutations";
import { requireGuestAccess } from "../guests/access";
import { createGuestRespondent, endGuestToken } from "../guests/respondents";
import { createCompany } from "../companies/mutations";
import { createWorkshop, setWorkshopStatus } from "../workshops/mutations";
import { joinWorkshop } from "../workshops/join";
import { guestAutosaveFront } from "./autosave-front";

const KEY = "digital-readiness";
const HOST = "kompass.example.org";
const today = () => new Date().toISOString().slice(0, 10);

describeEachDb("the autosave front for workshop participants", ({ db }) => {
  const item = contentRegistry().latest(KEY)!.scoring!.items[0].id;
  let advisor: { id: string; email: string; name: string | null };
  let workshopId: string;
  let code: string;
  const stored = (id: string) => db().assessment.findUniqueOrThrow({ where: { id }, select: { answers: true, revision: true } });
  const put = (token: string, id: string, body: unknown, headers: Record<string, string> = {}) =>
    guestAutosaveFront.answer(
      { token, assessmentId: id },
      { headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json", ...headers }, encrypted: false, body: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)) },
    );
  /** a participant who joined and started the check: its link token and draft */
  const participant = async (name: string) => {
    const { token } = await joinWorkshop(code, { companyName: name, industry: "C", sizeBand: "10-49", region: "SN", consent: false }, []);
    const { id } = await startAssessment(await requireGuestAccess(token, "answer"), KEY, "self");
    return { token, id };
  };

  beforeAll(async () => {
    const u = await db().user.create({ data: { email: "berta@kammer.example", name: "Berta", passwordHash: "x" } });
    advisor = { id: u.id, email: u.email, name: u.name };
    workshopId = (await createWorkshop(advisor, { title: "Werkstatt digital", date: today(), place: "Kammer", questionnaires: [KEY], k: 3 })).id;
    code = (await db().workshop.findUniqueOrThrow({ where: { id: workshopId } })).joinCode;
  });

  it("matches only a PUT to a guest's autosave path", () => {
    const t = "A".repeat(43);
    expect(guestAutosaveFront.match("PUT", `/api/g/${t}/assessments/a1`)).toEqual({ token: t, assessmentId: "a1" });
    expect(guestAutosaveFront.match("GET", `/api/g/${t}/assessments/a1`)).toBeNull();
    expect(guestAutosaveFront.match("PUT", `/api/g/${t}/assessments/a1/submit`)).toBeNull();
    expect(guestAutosaveFront.match("PUT", "/api/companies/c1/assessments/a1")).toBeNull();
  });

  it("answers a participant's save that wrote, in one SQL statement", async () => {
    const { token, id } = await participant("Tischlerei Eins");
    expect(await put(token, id, { revision: 0, answers: { [item]: 2 }, currentPage: 1 })).toMatchObject({ status: 200 }); // the questionnaire is read once per process
    sqlLog.length = 0;
    const answer = await put(token, id, { revision: 1, answers: { [item]: 3 }, currentPage: 2 });
    expect(sqlLog).toHaveLength(1);
    expect(JSON.parse(answer!.body)).toMatchObject({ revision: 2 });
    expect(answer!.headers["X-Frame-Options"]).toBe("DENY");
    expect(await stored(id)).toEqual({ answers: { [item]: 3 }, revision: 2 });
  });

  it("declines, writing nothing, whatever the Next route must answer with a reason", async () => {
    const a = await participant("Bäckerei Zwei");
    const b = await participant("Metallbau Drei");
    const ok = { revision: 0, answers: { [item]: 2 }, currentPage: 1 };
    const declined = [
      await put(a.token, a.id, ok, { origin: "https://evil.example" }), // 403 cross-site
      await put(a.token, a.id, ok, { "content-type": "text/plain" }), // 415
      await put("B".repeat(43), a.id, ok), // 404, counted against the token limit by the route
      await put("kurz", a.id, ok),
      await put(b.token, a.id, ok), // another participant's draft: 403
      await put(a.token, "c0000000000000000000000", ok), // 404
      await put(a.token, a.id, "{not json"), // 400
      await put(a.token, a.id, { ...ok, revision: 5 }), // 409 stale
      await put(a.token, a.id, { ...ok, answers: { [item]: 99 } }), // 422
    ];
    expect(declined).toEqual(declined.map(() => null));
    expect(await stored(a.id)).toMatchObject({ revision: 0 });
    // submitted: 409
    const ctx = await requireGuestAccess(b.token, "answer");
    await submitAssessment(ctx, b.id, 0);
    expect(await put(b.token, b.id, ok)).toBeNull();
    // an ended link: 404
    const ended = await participant("Druckerei Vier");
    await endGuestToken(db(), (await requireGuestAccess(ended.token, "answer")).respondentId!);
    expect(await put(ended.token, ended.id, ok)).toBeNull();
    // a closed workshop takes no answers: 409 from the route
    await setWorkshopStatus(advisor, workshopId, "closed");
    expect(await put(a.token, a.id, ok)).toBeNull();
    await setWorkshopStatus(advisor, workshopId, "open");
    expect(await put(a.token, a.id, ok)).toMatchObject({ status: 200 });
  });

  it("leaves a cooperation partner's save to the route, which writes it to the access log", async () => {
    const owner = await db().user.create({ data: { email: "olga@werk.de", name: "Olga", passwordHash: "x" } });
    const companyId = (await createCompany({ id: owner.id, email: owner.email }, { name: "Werk GmbH", industry: "C", sizeBand: "10-49", region: "BE" })).id;
    const { token, respondentId } = await db().$transaction((tx) => createGuestRespondent(tx, { companyId, kind: "partner", displayName: "Partner AG", expiresAt: new Date(Date.now() + 86_400_000) }));
    await db().cooperation.create({ data: { companyId, partnerName: "Partner AG", field: "Fertigung", goal: "Ersatzteile", startDate: new Date(), partners: { create: { respondentId } } } });
    const { id } = await startAssessment(await requireGuestAccess(token, "answer"), "trust", "self");
    expect(await put(token, id, { revision: 0, answers: {}, currentPage: 0 })).toBeNull();
    expect(await stored(id)).toMatchObject({ revision: 0 });
  });
});
