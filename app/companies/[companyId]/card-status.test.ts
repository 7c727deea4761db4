import { describe, it, expect } from "vitest";
import { cardOrder, cardStatus } from "./card-status";

const row = (o: Partial<{ id: string; questionnaireKey: string; status: string; updatedAt: Date; submittedAt: Date | null; respondent: { userId: string } }>) => ({
  id: "a1", questionnaireKey: "trust", status: "draft", updatedAt: new Date("2026-03-01"), submittedAt: null, respondent: { userId: "u1" }, ...o,
});

describe("questionnaire cards", () => {
  it("not started, in progress (with the own draft to continue), done with the latest date", () => {
    expect(cardStatus([], "trust", "u1")).toEqual({ kind: "not-started" });
    expect(cardStatus([row({ respondent: { userId: "u2" } })], "trust", "u1")).toEqual({ kind: "in-progress", at: new Date("2026-03-01"), draftId: null });
    expect(cardStatus([row({ id: "mine" })], "trust", "u1")).toMatchObject({ kind: "in-progress", draftId: "mine" });
    const done = cardStatus([row({ status: "submitted", submittedAt: new Date("2026-02-01") }), row({ status: "submitted", submittedAt: new Date("2026-04-02") }), row({})], "trust", "u1");
    // two rounds of the same person: one person finished (the card said "Von 2 Personen")
    expect(done).toEqual({ kind: "done", at: new Date("2026-04-02"), count: 1, mine: true });
    expect(cardStatus([row({ status: "submitted", submittedAt: new Date("2026-02-01") }), row({ status: "submitted", submittedAt: new Date("2026-04-02"), respondent: { userId: "u2" } })], "trust", "u3")).toMatchObject({ count: 2, mine: false });
    // a colleague submitted, this user has not: the card is done for the company, but not "mine" (the button says "Starten")
    expect(cardStatus([row({ status: "submitted", submittedAt: new Date("2026-04-02"), respondent: { userId: "u2" } })], "trust", "u1")).toMatchObject({ kind: "done", mine: false });
    expect(cardStatus([row({ status: "submitted" })], "digital-readiness", "u1")).toEqual({ kind: "not-started" });
  });
  it("puts the core check first", () => {
    expect(cardOrder([{ key: "company-profile" }, { key: "cooperation-cycle" }, { key: "digital-readiness" }, { key: "trust" }]).map((q) => q.key)).toEqual(["digital-readiness", "company-profile", "cooperation-cycle", "trust"]);
  });
});
