import { describe, it, expect } from "vitest";
import { PERMISSIONS, can, grantActive, grantParts, isOutsider, isOutsiderLabel, permissionsOf, toScopes, viaLabel, type GrantScope, type Permission, type Via } from "./policy";

const owner: Via = { kind: "membership", role: "owner" };
const member: Via = { kind: "membership", role: "member" };
const grant = (scopes: GrantScope[]): Via => ({ kind: "grant", grantId: "g1", scopes, expiresAt: new Date("2030-01-01") });
const workshopGuest: Via = { kind: "guest", origin: "workshop", respondentId: "r1" };
const partner: Via = { kind: "guest", origin: "partner", respondentId: "r2" };

/** The whole table: who may do what. A change of the policy must change this table. */
const table: Record<Permission, [owner: boolean, member: boolean, advisorResults: boolean, advisorAll: boolean, workshopGuest: boolean, partner: boolean]> = {
  "company.read": [true, true, false, false, true, false],
  answer: [true, true, false, false, true, true],
  "results.read": [true, true, true, true, true, false],
  "answers.read": [true, true, false, true, true, false],
  "plan.edit": [true, true, false, false, false, false],
  "pdf.export": [true, true, false, true, true, false],
  "data.export": [true, false, false, false, false, false],
  "people.read": [true, true, false, false, false, false],
  "members.manage": [true, false, false, false, false, false],
  "grants.manage": [true, false, false, false, false, false],
  "audit.read": [true, false, false, false, false, false],
  "company.manage": [true, false, false, false, false, false],
  "trust.compare": [true, true, false, false, false, true],
};

describe("access policy", () => {
  it("covers every permission", () => {
    expect(Object.keys(table).sort()).toEqual([...PERMISSIONS].sort());
  });
  for (const p of PERMISSIONS) {
    it(`${p}: owner / member / advisor (results) / advisor (results, pdfs, answers) / workshop guest / partner`, () => {
      expect([can(owner, p), can(member, p), can(grant([]), p), can(grant(["results", "pdfs", "answers"]), p), can(workshopGuest, p), can(partner, p)]).toEqual(table[p]);
    });
  }
  it("an advisor never answers, edits, exports raw data or manages, whatever the scopes", () => {
    const all = permissionsOf(grant(["results", "pdfs", "answers"]));
    for (const p of ["answer", "plan.edit", "data.export", "members.manage", "grants.manage", "audit.read", "company.manage"] as const) expect(all.has(p)).toBe(false);
  });
  it("drops unknown scopes from stored data", () => {
    expect(toScopes(["pdfs", "everything", "answers"])).toEqual(["pdfs", "answers"]);
  });
  it("reads of advisors and partners go to the access log; a workshop guest's company is its own", () => {
    expect([owner, member, grant([]), workshopGuest, partner].map(isOutsider)).toEqual([false, false, true, false, true]);
  });
  it("labels the via for the access log", () => {
    expect(viaLabel(owner)).toBe("membership:owner");
    expect(viaLabel(grant(["pdfs"]))).toBe("grant:g1");
    expect(viaLabel(partner)).toBe("guest:partner:r2");
  });
  it("a grant is active only when accepted, not revoked and not past its end", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const base = { acceptedAt: new Date("2026-11-01"), revokedAt: null, expiresAt: new Date("2026-12-31") };
    expect(grantActive(base, now)).toBe(true);
    expect(grantActive({ ...base, acceptedAt: null }, now)).toBe(false);
    expect(grantActive({ ...base, revokedAt: new Date("2026-11-30") }, now)).toBe(false);
    expect(grantActive({ ...base, expiresAt: now }, now)).toBe(false);
  });
});

describe("grantParts", () => {
  it("names results first and every part once (a workshop consent stores results itself)", () => {
    expect(grantParts(["results"])).toEqual(["results"]);
    expect(grantParts(["answers", "results", "pdfs"])).toEqual(["results", "pdfs", "answers"]);
    expect(grantParts([])).toEqual(["results"]);
    expect(grantParts(["nonsense"])).toEqual(["results"]);
  });
});

describe("isOutsiderLabel", () => {
  it("marks an advisor's grant and a cooperation partner, not members, invitations or workshop participants", () => {
    expect(isOutsiderLabel("grant:g1")).toBe(true);
    expect(isOutsiderLabel("guest:partner:r1")).toBe(true);
    for (const own of ["membership:owner", "membership:member", "token:invitation", "guest:workshop:r2", "", null]) expect(isOutsiderLabel(own)).toBe(false);
  });
  it("agrees with isOutsider for every via's label", () => {
    const vias: Via[] = [
      { kind: "membership", role: "owner" },
      { kind: "grant", grantId: "g", scopes: [], expiresAt: new Date() },
      { kind: "guest", origin: "workshop", respondentId: "r" },
      { kind: "guest", origin: "partner", respondentId: "r" },
    ];
    for (const v of vias) expect(isOutsiderLabel(viaLabel(v))).toBe(isOutsider(v));
  });
});
