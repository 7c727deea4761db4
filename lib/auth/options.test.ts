import { describe, it, expect } from "vitest";
import { authOptions } from "./options";

describe("next-auth redirect callback", () => {
  const baseUrl = "https://kompass.example-kammer.de";
  const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl });

  it("follows paths and absolute URLs of this site", async () => {
    expect(await redirect("/companies/abc?x=1")).toBe(`${baseUrl}/companies/abc?x=1`);
    expect(await redirect(`${baseUrl}/companies/abc`)).toBe(`${baseUrl}/companies/abc`);
    expect(await redirect("/")).toBe(`${baseUrl}/`);
  });

  it.each(["https://evil.invalid/x", "//evil.invalid/x", "/\\evil.invalid/x", "/%5Cevil.invalid/x", "/\t/evil.invalid", `${baseUrl}.evil.invalid/`])(
    "sends %j to /companies of this site",
    async (url) => {
      expect(await redirect(url)).toBe(`${baseUrl}/companies`);
    },
  );
});
