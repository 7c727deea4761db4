import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const SECRET = "x".repeat(40);
const PG = "postgresql://kmu@db.example.internal:5432/kmu";

describe("parseEnv: several instances", () => {
  it("refuses PostgreSQL without NEXTAUTH_SECRET, with a message that names the variable and why", () => {
    expect(() => parseEnv({ DATABASE_URL: PG })).toThrow(/NEXTAUTH_SECRET: must be set when DATABASE_URL is set: every instance on the database must sign sessions with the same secret/);
    expect(() => parseEnv({ DATABASE_URL: PG, NEXTAUTH_SECRET: "" })).toThrow(/NEXTAUTH_SECRET/); // empty counts as unset
    expect(() => parseEnv({ DATABASE_URL: PG, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });
  it("accepts PostgreSQL with a secret, and the embedded database without one (a local secret is generated at start)", () => {
    expect(parseEnv({ DATABASE_URL: PG, NEXTAUTH_SECRET: SECRET })).toMatchObject({ databaseKind: "postgresql", NEXTAUTH_SECRET: SECRET });
    expect(parseEnv({})).toMatchObject({ databaseKind: "pglite" });
    expect(parseEnv({}).NEXTAUTH_SECRET).toBeUndefined();
  });
  it("KMU_REQUIRE_BUILD is off by default, 1/true switch it on, anything else is refused", () => {
    expect(parseEnv({}).KMU_REQUIRE_BUILD).toBe(false);
    expect(parseEnv({ KMU_REQUIRE_BUILD: "1" }).KMU_REQUIRE_BUILD).toBe(true);
    expect(parseEnv({ KMU_REQUIRE_BUILD: "true" }).KMU_REQUIRE_BUILD).toBe(true);
    expect(parseEnv({ KMU_REQUIRE_BUILD: "0" }).KMU_REQUIRE_BUILD).toBe(false);
    expect(() => parseEnv({ KMU_REQUIRE_BUILD: "yes" })).toThrow(/KMU_REQUIRE_BUILD: must be 1 or 0/);
  });
});
