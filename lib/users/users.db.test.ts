import { it, expect } from "vitest";
import { appError } from "../testing/app-error";
import { describeEachDb } from "../testing/db";
import { AppError } from "../errors";
import { verifyPassword } from "../auth/password";
import { createUser } from "./mutations";
import { findUserByEmail, findUserById } from "./queries";
import { registerSchema } from "./schemas";

describeEachDb("users", ({ db }) => {
  it("createUser stores an argon2id hash, never the password", async () => {
    const input = registerSchema.parse({ name: "Anna", email: " Anna@A-GmbH.de ", password: "Werkbank-2030" });
    const u = await createUser(input);
    expect(u.email).toBe("anna@a-gmbh.de");
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row.passwordHash).toMatch(/\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("Werkbank-2030");
    expect(row.name).toBe("Anna");
    expect(await verifyPassword(row.passwordHash, "Werkbank-2030")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "Werkbank-2031")).toBe(false);
    expect(await findUserById(u.id)).toEqual({ id: u.id, email: "anna@a-gmbh.de", name: "Anna", locale: "de" });
    expect((await findUserByEmail("anna@a-gmbh.de"))?.id).toBe(u.id);
  });

  it("the same password gets a different hash (salted)", async () => {
    const a = await createUser(registerSchema.parse({ email: "salt1@x.de", password: "Werkbank-2030" }));
    const b = await createUser(registerSchema.parse({ email: "salt2@x.de", password: "Werkbank-2030" }));
    const [ha, hb] = await Promise.all([a, b].map((u) => db().user.findUniqueOrThrow({ where: { id: u.id } })));
    expect(ha.passwordHash).not.toBe(hb.passwordHash);
  });

  it("an empty name is stored as null", async () => {
    const u = await createUser(registerSchema.parse({ name: "", email: "noname@x.de", password: "Werkbank-2030" }));
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).name).toBeNull();
  });

  it("a duplicate e-mail -> AppError conflict/emailTaken (also when typed differently)", async () => {
    await createUser(registerSchema.parse({ email: "bernd@b-kg.de", password: "Werkbank-2030" }));
    const e = await appError(() => createUser(registerSchema.parse({ email: "  BERND@b-kg.de", password: "Anderes-Pw-99" })));
    expect(e.code).toBe("conflict");
    expect(e.messageKey).toBe("emailTaken");
    expect(e.status).toBe(409);
    expect(await db().user.count({ where: { email: "bernd@b-kg.de" } })).toBe(1);
  });

  it("two concurrent registrations with one e-mail: one succeeds, the other gets emailTaken", async () => {
    const input = registerSchema.parse({ email: "race@x.de", password: "Werkbank-2030" });
    const results = await Promise.allSettled([createUser(input), createUser(input)]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(AppError);
    expect((failed[0].reason as AppError).messageKey).toBe("emailTaken");
  });
});
