import { describe, expect, it } from "vitest";
import { dateFormat, endOfDayInGermany, intlLocale, toLocale } from "./config";

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

describe("endOfDayInGermany", () => {
  it("is 23:59:59.999 German time: winter (UTC+1), summer (UTC+2)", () => {
    expect(endOfDayInGermany("2027-01-15").toISOString()).toBe("2027-01-15T22:59:59.999Z");
    expect(endOfDayInGermany("2027-06-06").toISOString()).toBe("2027-06-06T21:59:59.999Z");
  });
  it("holds on the days the clocks change (the day itself ends in the new offset)", () => {
    expect(endOfDayInGermany("2027-03-28").toISOString()).toBe("2027-03-28T21:59:59.999Z");
    expect(endOfDayInGermany("2027-10-31").toISOString()).toBe("2027-10-31T22:59:59.999Z");
    expect(endOfDayInGermany("2027-03-27").toISOString()).toBe("2027-03-27T22:59:59.999Z");
    expect(endOfDayInGermany("2027-10-30").toISOString()).toBe("2027-10-30T21:59:59.999Z");
  });
  it("shows as that very day on every page (German and English)", () => {
    for (const day of ["2027-06-06", "2027-12-31", "2028-02-29"]) {
      const end = endOfDayInGermany(day);
      expect(dateFormat("de", { dateStyle: "medium" }).format(end)).toBe(dateFormat("de", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`)));
      expect(dateFormat("en", { dateStyle: "long" }).format(end)).toBe(dateFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`)));
    }
  });
});
