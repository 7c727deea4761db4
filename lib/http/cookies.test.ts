import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "./cookies";

describe("parseCookieHeader", () => {
  it("reads pairs as Next's cookies() does", () => {
    expect(parseCookieHeader("a=1; b=x%20y;c=3")).toEqual([
      { name: "a", value: "1" },
      { name: "b", value: "x y" },
      { name: "c", value: "3" },
    ]);
  });
  it("leaves out a value that does not decode, keeps the last of a name, and takes a missing header as none", () => {
    expect(parseCookieHeader("a=%E0%A4%A; b=1; b=2; flag")).toEqual([
      { name: "b", value: "2" },
      { name: "flag", value: "true" },
    ]);
    expect(parseCookieHeader(undefined)).toEqual([]);
    expect(parseCookieHeader("")).toEqual([]);
  });
});
