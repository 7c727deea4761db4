import { describe, expect, it } from "vitest";
import { addMonths, planCatalogue } from "./plan-view";
import { registry } from "../testing/company-fixtures";

describe("re-assessment date", () => {
  it("is the same day six months later, not a few days early", () => {
    expect(addMonths("2026-11-30T10:00:00.000Z", 6).slice(0, 10)).toBe("2027-05-30");
    expect(addMonths("2026-03-15T10:00:00.000Z", 6).slice(0, 10)).toBe("2026-09-15");
  });

  it("falls back to the month's last day where the month is shorter", () => {
    expect(addMonths("2026-08-31T10:00:00.000Z", 6).slice(0, 10)).toBe("2027-02-28");
    expect(addMonths("2027-08-31T10:00:00.000Z", 6).slice(0, 10)).toBe("2028-02-29");
    expect(addMonths("2026-12-31T10:00:00.000Z", 6).slice(0, 10)).toBe("2027-06-30");
  });
});

describe("the catalogue a plan renders with", () => {
  const src = { catalogue: (v?: string) => registry.catalogue(v) };
  it("is the version recorded in the plan items, so an old plan keeps 1.0.0; the newest when nothing was changed", () => {
    expect(planCatalogue(["1.0.0", "1.0.0"], src)?.version).toBe("1.0.0");
    expect(planCatalogue([], src)?.version).toBe(registry.catalogue()!.version);
    expect(registry.catalogue()!.version).toBe("1.3.0");
    expect(planCatalogue(["1.0.0", "1.1.0"], src)?.version).toBe("1.1.0");
    expect(planCatalogue(["9.9.9"], src)?.version).toBe("1.3.0");
  });
});
