import { describe, it, expect } from "vitest";
import { checkPasswordStrength, personalInputs } from "./password-policy";
import { registerSchema } from "./schemas";

const anna = { email: "anna.muster@beispiel-gmbh.de", name: "Anna Musterfrau" };
const issues = (input: unknown) => {
  const r = registerSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("checkPasswordStrength (zxcvbn-ts, German + English lists)", () => {
  it.each([
    "Password1!",
    "Passwort123!",
    "qwertz1234",
    "qwertzuiop1",
    "asdfghjkl1",
    "1234567890a",
    "Sommer2024!",
    "Schalke04!!",
    "Hallo12345",
    "Fussball123",
    "Deutschland1",
    "Schatz12345",
    "iloveyou123",
    "abc123abc123",
    "aaaaaaaaaa1",
    "01.01.1990a",
    "Passwort2024!",
    "Maschinenbau-2030",
    "!Werkstatt99",
  ])("rejects the common or trivial %j", (pw) => {
    expect(checkPasswordStrength(pw)).toEqual({ ok: false, reason: "passwordTooWeak" });
  });

  it.each(["Werkbank-2030", "blauer himmel 7", "Sicheres-Passwort-2026", "Kaffeetasse-Drucker-91", "grüne Wiese 1", "Zange Ofen Birke 3"])("accepts %j", (pw) => {
    expect(checkPasswordStrength(pw)).toEqual({ ok: true });
  });

  it.each([
    "anna.muster@beispiel-gmbh.de", // the e-mail itself
    "anna.muster", // its local part
    "Anna.Muster1", // local part, capitalised, one digit
    "Anna Musterfrau", // the name
    "annamusterfrau1",
    "Musterfrau2024",
    "Anna-Musterfrau-1",
    "anna_muster_2026",
    "Beispiel-GmbH-2026!",
  ])("rejects the user's own data %j as personal", (pw) => {
    expect(checkPasswordStrength(pw, anna)).toEqual({ ok: false, reason: "passwordPersonal" });
  });

  it("the same string is fine for somebody else when it is not common", () => {
    expect(checkPasswordStrength("Zangenberg 12", anna)).toEqual({ ok: true });
    expect(checkPasswordStrength("Zangenberg 12", { email: "h.zangenberg@x.de", name: "Hubert Zangenberg" })).toEqual({ ok: false, reason: "passwordPersonal" });
  });

  it("personal inputs: e-mail, local part and its parts, domain name, name and its words (lower-case, ≥ 3 characters)", () => {
    expect(personalInputs({ email: " Anna.Muster@Beispiel-GmbH.de ", name: "Anna von Musterfrau" })).toEqual([
      "anna.muster@beispiel-gmbh.de",
      "anna.muster",
      "anna",
      "muster",
      "beispiel-gmbh",
      "anna von musterfrau",
      "annavonmusterfrau",
      "von",
      "musterfrau",
    ]);
    expect(personalInputs({})).toEqual([]);
  });

  it("only the first 64 characters are scored", () => {
    expect(checkPasswordStrength(`${"a".repeat(64)}Kaffeetasse-Drucker-91-Zange`).ok).toBe(false);
    expect(checkPasswordStrength(`Kaffeetasse-Drucker-91-Zange${"a".repeat(64)}`).ok).toBe(true);
  });

  it("costly shapes (long repeats, many l33t characters) stay cheap: smoke bound of 10 s for all", () => {
    const shapes = ["x1".repeat(100), "1".repeat(200), "aA1!".repeat(50), "1234567890".repeat(20), "Werkbank-2030 ".repeat(14), "!1".repeat(100), "l0l0".repeat(50)];
    const t0 = performance.now();
    for (const pw of shapes) checkPasswordStrength(pw, anna);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe("registerSchema uses the user's e-mail and name", () => {
  it("rejects a password made of the e-mail's local part, with the field and key", () => {
    expect(issues({ email: anna.email, name: anna.name, password: "anna.muster2026" })).toEqual(["password:passwordPersonal"]);
  });

  it("rejects a password made of the name", () => {
    expect(issues({ email: "a@b.de", name: "Bernd Kowalczyk", password: "Kowalczyk-1" })).toEqual(["password:passwordPersonal"]);
  });

  it("rejects common passwords with passwordTooWeak", () => {
    expect(issues({ email: "a@b.de", password: "Password1!" })).toEqual(["password:passwordTooWeak"]);
    expect(issues({ email: "a@b.de", password: "qwertz1234" })).toEqual(["password:passwordTooWeak"]);
  });

  it("the cheap rules answer first (no strength check on a too-short password)", () => {
    expect(issues({ email: "a@b.de", password: "kurz1" })).toEqual(["password:passwordTooShort"]);
  });

  it("accepts a strong password", () => {
    expect(issues({ email: anna.email, name: anna.name, password: "Werkbank-2030" })).toEqual([]);
  });
});
