import { describe, expect, it } from "vitest";
import { allTextClean, cleanText, isCleanText } from "./clean-text";
import { createCompanySchema } from "../companies/schemas";
import { registerSchema } from "../users/schemas";
import { planPatchSchema } from "../plan/schemas";
import { saveAnswersSchema, submitSchema } from "../assessments/schemas";

const JUNK = ["\u0000", "a\u0000b", "\ud800", "Firma \udfff GmbH", "\u001b[2J"];

describe("the clean-text rule", () => {
  it("accepts ordinary text of any script, emoji and line breaks", () => {
    for (const ok of ["Müller & Söhne GmbH", "Ελληνικά", "Şirket Ğ", "Łódź", "عربي", "🚀 Rakete 👩‍🔧", "Zeile\nZeile\r\n\tTab"]) expect(isCleanText(ok)).toBe(true);
  });
  it("refuses NUL, other C0 control characters and lone surrogates", () => {
    for (const bad of JUNK) expect(isCleanText(bad)).toBe(false);
    expect(cleanText().safeParse("\ud800").error?.issues[0].message).toBe("invalidCharacters");
  });
  it("walks keys and values of JSON-like data", () => {
    expect(allTextClean({ a: ["x", { b: "y" }], n: 1, z: null })).toBe(true);
    expect(allTextClean({ a: ["x", { b: "y\u0000" }] })).toBe(false);
    expect(allTextClean({ ["k\ud800"]: 1 })).toBe(false);
  });
});

describe("every text schema uses it", () => {
  const valid = { industry: "C", sizeBand: "10-49", region: "BE" };
  it.each(JUNK)("company name, register name, plan owner and answers refuse %j", (bad) => {
    expect(createCompanySchema.safeParse({ ...valid, name: `Firma ${bad} GmbH` }).error?.issues[0].message).toBe("invalidCharacters");
    expect(registerSchema.safeParse({ name: `Erika ${bad}`, email: "e@x.de", password: "Werkbank-2030" }).error?.issues[0].message).toBe("invalidCharacters");
    expect(planPatchSchema.safeParse({ ownerRole: `IT ${bad}` }).error?.issues[0].message).toBe("invalidCharacters");
    expect(saveAnswersSchema.safeParse({ revision: 0, answers: { note: `x ${bad}` } }).error?.issues[0].message).toBe("invalidCharacters");
    expect(saveAnswersSchema.safeParse({ revision: 0, answers: { [`k${bad}`]: 1 } }).success).toBe(false);
  });
});

describe("revisions fit PostgreSQL's integer", () => {
  it("refuses 2147483648 and 9007199254740991, accepts 2147483647", () => {
    for (const revision of [2147483648, 9007199254740991]) {
      expect(saveAnswersSchema.safeParse({ revision, answers: {} }).success).toBe(false);
      expect(submitSchema.safeParse({ revision }).success).toBe(false);
    }
    expect(saveAnswersSchema.safeParse({ revision: 2147483647, answers: {} }).success).toBe(true);
  });
});
