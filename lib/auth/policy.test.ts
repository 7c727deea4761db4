import { describe, it, expect } from "vitest";
import { PERMISSIONS, can, grantActive, permissionsOf, toScopes, viaLabel, type GrantScope, type Permission, type Via } from "./policy";

const owner: Via = { kind: "membership", role: "owner" };
const member: Via = { kind: "membership", role: "member" };
const grant = (scopes: GrantScope[]): Via => ({ kind: "grant", grantId: "g1", scopes, expiresAt: new Date("2030-01-01") });

/** The whole table: who may do what. A change of the policy must change this table. */
const table: Record<Permission, [owner: boolean, member: boolean, advisorResults: boolean, advisorAll: boolean]> = {
  "company.read": [true, true, false, false],
  answer: [true, true, false, false],
  "results.read": [true, true, true, true],
  "answers.read": [true, true, false, true],
  "plan.edit": [true, true, false, false],
  "pdf.export": [true, true, false, true],
  "data.export": [true, false, false, false],
  "people.read": [true, true, false, false],
  "members.manage": [true, false, false, false],
  "grants.manage": [true, false, false, false],
  "audit.read": [true, false, false, false],
  "company.manage": [true, false, false, false],
};

describe("access policy", () => {
  it("covers every permission", () => {
    expect(Object.keys(table).sort()).toEqual([...PERMISSIONS].sort());
  });
  for (const p of PERMISSIONS) {
    it(`${p}: owner / member / advisor (results) / advisor (results, pdfs, answers)`, () => {
      expect([can(owner, p), can(member, p), can(grant([]), p), can(grant(["results", "pdfs", "answers"]), p)]).toEqual(table[p]);
    });
  }
  it("an advisor never answers, edits, exports raw data or manages, whatever the scopes", () => {
    const all = permissionsOf(grant(["results", "pdfs", "answers"]));
    for (const p of ["answer", "plan.edit", "data.export", "members.manage", "grants.manage", "audit.read", "company.manage"] as const) expect(all.has(p)).toBe(false);
  });
  it("drops unknown scopes from stored data", () => {
    expect(toScopes(["pdfs", "everything", "answers"])).toEqual(["pdfs", "answers"]);
  });
  it("labels the via for the access log", () => {
    expect(viaLabel(owner)).toBe("membership:owner");
    expect(viaLabel(grant(["pdfs"]))).toBe("grant:g1");
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
