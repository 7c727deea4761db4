import { describe, it, expect } from "vitest";
import { parseEnv } from "../env";
import { isAdmin, requireAdmin } from "./admin";

describe("ADMIN_EMAILS and the admin check", () => {
  it("parses a comma-separated list, trimmed and lower-cased; unset means nobody", () => {
    expect(parseEnv({ ADMIN_EMAILS: " Redaktion@Kammer.de, it@kammer.de ,," }).ADMIN_EMAILS).toEqual(["redaktion@kammer.de", "it@kammer.de"]);
    expect(parseEnv({}).ADMIN_EMAILS).toEqual([]);
    expect(parseEnv({ ADMIN_EMAILS: "" }).ADMIN_EMAILS).toEqual([]);
  });

  it("fails at start with a clear message for a value that is not an e-mail list", () => {
    expect(() => parseEnv({ ADMIN_EMAILS: "redaktion@kammer.de;it@kammer.de" })).toThrow(/ADMIN_EMAILS.*comma-separated list of e-mail addresses/);
  });

  it("only listed users are admins; everyone else gets a not-found error", () => {
    const admins = ["redaktion@kammer.de"];
    expect(isAdmin({ email: "Redaktion@Kammer.de" }, admins)).toBe(true);
    expect(isAdmin({ email: "owner@gmbh.de" }, admins)).toBe(false);
    expect(isAdmin(null, admins)).toBe(false);
    expect(isAdmin({ email: "redaktion@kammer.de" }, [])).toBe(false);
    const owner = { id: "u1", email: "owner@gmbh.de" };
    expect(() => requireAdmin(owner, admins)).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(requireAdmin({ id: "u2", email: "redaktion@kammer.de" }, admins).id).toBe("u2");
  });
});
