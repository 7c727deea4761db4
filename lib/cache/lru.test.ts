import { describe, expect, it } from "vitest";
import { Lru } from "./lru";

describe("Lru", () => {
  it("keeps at most max entries and evicts the least recently used", () => {
    const c = new Lru<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.size).toBe(2);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
  });

  it("computes a value once per key with getOrSet", () => {
    const c = new Lru<string, number>(10);
    let calls = 0;
    const make = () => ++calls;
    expect(c.getOrSet("k", make)).toBe(1);
    expect(c.getOrSet("k", make)).toBe(1);
    expect(calls).toBe(1);
  });

  it("refuses a cache without room", () => {
    expect(() => new Lru(0)).toThrow();
  });
});
