import { describe, expect, it } from "vitest";
import { workshopChangeSchema } from "./schemas";

describe("workshopChangeSchema", () => {
  it("takes either a status or a k, never both or neither", () => {
    expect(workshopChangeSchema.parse({ status: "closed" })).toEqual({ status: "closed" });
    expect(workshopChangeSchema.parse({ k: "4" })).toEqual({ k: 4 });
    for (const bad of [{}, { status: "open", k: 4 }]) expect(workshopChangeSchema.safeParse(bad).error?.issues[0].message).toBe("invalidInput");
  });
  it("says what is wrong with k", () => {
    for (const k of [2, 41, 3.5, "abc", 1e308]) expect(workshopChangeSchema.safeParse({ k }).error?.issues[0].message, String(k)).toBe("kOutOfRange");
    expect(workshopChangeSchema.safeParse({ k: 4, title: "x" }).success).toBe(false);
  });
});
