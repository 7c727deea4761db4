import { describe, it, expect } from "vitest";
import { emailSchema, passwordSchema, registerSchema, signInSchema } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => r.error?.issues.map((i) => i.message) ?? [];

describe("passwordSchema", () => {
  it.each([
    ["short1", "passwordTooShort"],
    ["abcdefghijkl", "passwordTooSimple"], // letters only
    ["123456789012", "passwordTooSimple"], // no letter
    ["äöüßäöüßäöüß", "passwordTooSimple"], // umlauts count as letters
    ["Passwort123", "passwordTooWeak"],
    ["PASSWORD123", "passwordTooWeak"], // case-insensitive
    ["hallo12345", "passwordTooWeak"],
    ["Password1!", "passwordTooWeak"],
    ["qwertz1234", "passwordTooWeak"], // German keyboard row
    ["x1".repeat(101), "passwordTooLong"],
  ])("rejects %j with %s", (pw, msg) => {
    const r = passwordSchema.safeParse(pw);
    expect(r.success).toBe(false);
    expect(messages(r)).toContain(msg);
  });

  it.each(["Werkbank-2030", "blauer himmel 7", "Maschinenbau-Ost 7", "grüne Wiese 1", "Sicheres-Passwort-2026", "Kaffeetasse-Drucker-91"])("accepts %j", (pw) => {
    expect(passwordSchema.safeParse(pw).success).toBe(true);
  });

  it("counts characters, not bytes, and does not trim", () => {
    expect(passwordSchema.parse("  Zwirn 4711 ")).toBe("  Zwirn 4711 ");
  });
});

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Anna.Muster@Beispiel-GmbH.DE ")).toBe("anna.muster@beispiel-gmbh.de");
  });

  it.each(["", "anna", "anna@", "@beispiel.de", "anna@beispiel", "an na@beispiel.de"])("rejects %j as invalidEmail", (e) => {
    const r = emailSchema.safeParse(e);
    expect(r.success).toBe(false);
    expect(messages(r)).toContain("invalidEmail");
  });

  it("rejects addresses longer than 254 characters", () => {
    expect(emailSchema.safeParse(`${"a".repeat(64)}@${"b".repeat(190)}.de`).success).toBe(false);
  });
});

describe("registerSchema / signInSchema", () => {
  it("normalises the e-mail and trims the name", () => {
    expect(registerSchema.parse({ name: "  Anna  ", email: "ANNA@Example.de", password: "Werkbank-2030" })).toEqual({
      name: "Anna",
      email: "anna@example.de",
      password: "Werkbank-2030",
    });
  });

  it("the name is optional but limited to 100 characters", () => {
    expect(registerSchema.safeParse({ email: "a@b.de", password: "Werkbank-2030" }).success).toBe(true);
    const r = registerSchema.safeParse({ name: "x".repeat(101), email: "a@b.de", password: "Werkbank-2030" });
    expect(messages(r)).toContain("nameTooLong");
  });

  it("sign-in normalises the e-mail the same way, so the registered address is found", () => {
    const reg = registerSchema.parse({ email: " Bernd@B-KG.de", password: "Werkbank-2030" });
    const signIn = signInSchema.parse({ email: "BERND@b-kg.DE ", password: "anything" });
    expect(signIn.email).toBe(reg.email);
  });

  it("sign-in does not apply the password rules (old passwords still work) but needs one", () => {
    expect(signInSchema.safeParse({ email: "a@b.de", password: "short" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.de", password: "" }).success).toBe(false);
  });
});
