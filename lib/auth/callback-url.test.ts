import { describe, it, expect } from "vitest";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/companies", "/companies"],
    ["/companies/abc?x=1", "/companies/abc?x=1"],
    ["/companies/abc?x=1#plan", "/companies/abc?x=1#plan"],
    ["/companies/abc/assessments/x1/result", "/companies/abc/assessments/x1/result"],
    ["/", "/"],
    ["/companies?next=%2Fplan", "/companies?next=%2Fplan"],
    ["/companies/./abc", "/companies/abc"],
    ["/companies/größe", "/companies/gr%C3%B6%C3%9Fe"],
  ])("keeps the same-origin path %j as %j", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it.each([
    // other hosts
    "https://evil.invalid/x",
    "http://evil.invalid",
    "HTTPS://evil.invalid/x",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.invalid/x",
    "companies",
    // protocol-relative
    "//evil.invalid/x",
    "///evil.invalid/x",
    "/.//evil.invalid/x",
    // backslashes, raw and encoded (browsers read "/\\host" as "//host")
    "/\\evil.invalid/x",
    "\\\\evil.invalid/x",
    "/%5Cevil.invalid/x",
    "/%5cevil.invalid/x",
    "/%255Cevil.invalid/x",
    "/companies\\..\\..\\evil",
    "%2F%2Fevil.invalid",
    "/%2F/evil.invalid",
    // tabs, newlines and other control characters (stripped by browsers before parsing)
    "/\t/evil.invalid/x",
    "/%09/evil.invalid/x",
    "/\n/evil.invalid",
    "/%0A/evil.invalid",
    "/\r\n/evil.invalid",
    "/%0D%0A/evil.invalid",
    "/\u0000/evil.invalid",
    "/companies%00",
    "/companies\u007f",
    // malformed encoding, empty, too long, not a string
    "/%E0%A4%A",
    "",
    `/${"a".repeat(2100)}`,
  ])("sends %j to the default", (raw) => {
    expect(safeCallbackPath(raw)).toBe(DEFAULT_CALLBACK_PATH);
  });

  it.each([undefined, null, 42, ["/companies"], { url: "/companies" }])("non-strings (%j) give the default", (raw) => {
    expect(safeCallbackPath(raw)).toBe(DEFAULT_CALLBACK_PATH);
  });

  describe("with next-auth's baseUrl as origin", () => {
    const origin = "https://kompass.example-kammer.de";
    it("turns an absolute URL of this origin into its path", () => {
      expect(safeCallbackPath(`${origin}/companies/abc?x=1`, origin)).toBe("/companies/abc?x=1");
      expect(safeCallbackPath(`${origin}/login?callbackUrl=%2Fcompanies`, origin)).toBe("/login?callbackUrl=%2Fcompanies");
    });

    it.each([
      "https://evil.invalid/companies",
      "http://kompass.example-kammer.de/companies", // other scheme, other origin
      "https://kompass.example-kammer.de.evil.invalid/",
      "https://kompass.example-kammer.de@evil.invalid/",
      "https://kompass.example-kammer.de:8443/",
      `${origin}//evil.invalid/x`,
      `${origin}/%5Cevil.invalid/x`,
      "javascript:alert(1)",
    ])("rejects %j", (raw) => {
      expect(safeCallbackPath(raw, origin)).toBe(DEFAULT_CALLBACK_PATH);
    });

    it("still checks relative paths", () => {
      expect(safeCallbackPath("/companies", origin)).toBe("/companies");
      expect(safeCallbackPath("/\\evil.invalid", origin)).toBe(DEFAULT_CALLBACK_PATH);
    });
  });

  it("every accepted path resolves to the same origin in a browser's URL parser", () => {
    const base = "https://app.example";
    for (const raw of ["/companies", "/a/b?c=d", "/x#y", "/%5Cx", "/\\x", "//x", "/\t/x", "/..//x"]) {
      const out = safeCallbackPath(raw);
      expect(new URL(out, base).origin).toBe(base);
      expect(out.startsWith("//")).toBe(false);
    }
  });
});
