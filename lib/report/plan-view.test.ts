import { describe, expect, it } from "vitest";
import { addMonths } from "./plan-view";

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
