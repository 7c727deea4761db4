import { describe, expect, it } from "vitest";
import { dateFormat, intlLocale, toLocale } from "./config";

describe("locale helpers", () => {
  it("format dates in German time by default and honour an explicit time zone", () => {
    const d = new Date("2026-03-14T23:30:00Z"); // already the 15th in Berlin
    expect(dateFormat("de", { dateStyle: "medium" }).format(d)).toBe("15.03.2026");
    expect(dateFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(d)).toBe("14 Mar 2026");
    expect(intlLocale("en")).toBe("en-GB");
    expect(toLocale("fr")).toBe("de");
  });

  it("reuse one formatter per locale and options, and keep them apart", () => {
    const a = dateFormat("de", { dateStyle: "short" });
    expect(dateFormat("de", { dateStyle: "short" })).toBe(a);
    expect(dateFormat("en", { dateStyle: "short" })).not.toBe(a);
    expect(dateFormat("de", { dateStyle: "short", timeZone: "UTC" })).not.toBe(a);
    expect(dateFormat("de", { dateStyle: "short", timeZone: "UTC" }).format(new Date("2026-03-14T23:30:00Z"))).toBe("14.03.26");
  });
});
