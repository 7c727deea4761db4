import { it, expect, vi, beforeEach } from "vitest";
import { describeEachDb } from "../testing/db";
import { createUser } from "../users/mutations";
import { registerSchema } from "../users/schemas";
import { verifyPassword } from "./password";
import { authorizeCredentials } from "./sign-in";

// The real argon2 check, wrapped in a spy that counts how many passwords were actually verified.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
// TRUST_PROXY switched per test; everything else as parsed from the real environment (default false).
const env = vi.hoisted(() => ({ trustProxy: false }));
vi.mock("../env", async (importOriginal) => {
  const real = await importOriginal<typeof import("../env")>();
  return { ...real, getEnv: () => ({ ...real.getEnv(), TRUST_PROXY: env.trustProxy }) };
});

const verified = vi.mocked(verifyPassword);
const PASSWORD = "Werkbank-2030";

async function settle(n: number, attempt: (i: number) => Promise<unknown>) {
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => attempt(i)));
  return {
    nulls: results.filter((r) => r.status === "fulfilled" && r.value === null).length,
    limited: results.filter((r) => r.status === "rejected" && (r.reason as Error).message === "RateLimited").length,
    other: results.filter((r) => !(r.status === "fulfilled" && r.value === null) && !(r.status === "rejected" && (r.reason as Error).message === "RateLimited")),
  };
}

describeEachDb("sign-in (authorizeCredentials)", ({ kind }) => {
  const email = (name: string) => `${name}-${kind}@signin.example`;
  beforeEach(() => {
    verified.mockClear();
    env.trustProxy = false;
  });

  it("signs in with the right password; unknown e-mail and wrong password get the same answer, both after a hash check", async () => {
    const u = await createUser(registerSchema.parse({ name: "Anna", email: email("anna"), password: PASSWORD }));
    expect(await authorizeCredentials({ email: email("ANNA"), password: PASSWORD }, {})).toEqual({ id: u.id, email: email("anna"), name: "Anna" });
    expect(await authorizeCredentials({ email: email("anna"), password: "Falsches-Passwort-1" }, {})).toBeNull();
    expect(await authorizeCredentials({ email: email("nobody"), password: "Falsches-Passwort-1" }, {})).toBeNull();
    expect(verified).toHaveBeenCalledTimes(3);
    expect(await authorizeCredentials({ email: "not-an-email", password: "x" }, {})).toBeNull();
    expect(verified).toHaveBeenCalledTimes(3);
  });

  it("40 simultaneous wrong passwords for one account: at most 5 are verified, the rest are rate-limited", async () => {
    await createUser(registerSchema.parse({ email: email("bernd"), password: PASSWORD }));
    const r = await settle(40, (i) => authorizeCredentials({ email: email("bernd"), password: `Falsch-${i}-xyz` }, {}));
    expect(verified.mock.calls.length).toBeLessThanOrEqual(5);
    expect(r.nulls).toBe(verified.mock.calls.length);
    expect(r.limited).toBe(40 - r.nulls);
    expect(r.other).toEqual([]);
    // the limit holds for the right password too, and for the e-mail typed differently
    await expect(authorizeCredentials({ email: ` ${email("Bernd")} `, password: PASSWORD }, {})).rejects.toThrow("RateLimited");
    expect(verified.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it("40 simultaneous attempts for an unknown e-mail are limited the same way (dummy hash, at most 5)", async () => {
    const r = await settle(40, () => authorizeCredentials({ email: email("ghost"), password: "Falsch-123-xyz" }, {}));
    expect(verified.mock.calls.length).toBeLessThanOrEqual(5);
    expect(r.nulls + r.limited).toBe(40);
    expect(r.limited).toBeGreaterThanOrEqual(35);
  });

  it("a successful sign-in gives the e-mail its budget back", async () => {
    await createUser(registerSchema.parse({ email: email("clara"), password: PASSWORD }));
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect(await authorizeCredentials({ email: email("clara"), password: `Falsch-${i}` }, {})).toBeNull();
      expect(await authorizeCredentials({ email: email("clara"), password: PASSWORD }, {})).not.toBeNull();
    }
  });

  it("default settings (no trusted proxy): 110 failed sign-ins from one client for many e-mails lock out nobody else", async () => {
    const dora = await createUser(registerSchema.parse({ email: email("dora"), password: PASSWORD }));
    const headers = { "x-forwarded-for": "203.0.113.66" };
    for (let batch = 0; batch < 11; batch++) {
      const r = await settle(10, (i) => authorizeCredentials({ email: email(`victim${batch * 10 + i}`), password: "Falsch-123-xyz" }, headers));
      expect(r.nulls).toBe(10);
    }
    expect(verified).toHaveBeenCalledTimes(110);
    expect(await authorizeCredentials({ email: email("dora"), password: PASSWORD }, { "x-forwarded-for": "198.51.100.1" })).toMatchObject({ id: dora.id });
    expect(await authorizeCredentials({ email: email("dora"), password: PASSWORD }, headers)).toMatchObject({ id: dora.id });
  });

  it("behind a trusted proxy: 100 failures per client address, then that address is limited and others are not", async () => {
    env.trustProxy = true;
    const emil = await createUser(registerSchema.parse({ email: email("emil"), password: PASSWORD }));
    const attacker = { "x-forwarded-for": `192.0.2.${kind === "pglite" ? 1 : 2}, 10.0.0.1` };
    for (let batch = 0; batch < 10; batch++) {
      const r = await settle(10, (i) => authorizeCredentials({ email: email(`target${batch * 10 + i}`), password: "Falsch-123-xyz" }, attacker));
      expect(r.nulls).toBe(10);
    }
    await expect(authorizeCredentials({ email: email("emil"), password: PASSWORD }, attacker)).rejects.toThrow("RateLimited");
    expect(verified).toHaveBeenCalledTimes(100);
    expect(await authorizeCredentials({ email: email("emil"), password: PASSWORD }, { "x-forwarded-for": "198.51.100.2" })).toMatchObject({ id: emil.id });
  });
});
