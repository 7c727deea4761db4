import { describe, expect, it } from "vitest";
import { de, en } from "./index";

function keys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("message files", () => {
  it("German and English have the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
  it("no text is empty and German texts use real umlauts", () => {
    for (const [k, v] of Object.entries(Object.fromEntries(keys(de).map((key) => [key, key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], de)])))) {
      expect(typeof v === "string" && v.trim().length > 0, k).toBe(true);
      expect(/\b(fuer|ueber|koennen|moechten|groesse|schliessen)\b/i.test(v as string), `${k}: ${v}`).toBe(false);
    }
  });
});

describe("feature message files", () => {
  it("merge their error messages into the one errors namespace without shadowing", async () => {
    const core = (await import("./de/core.json")).default.errors;
    const people = (await import("./de/people.json")).default.errors;
    for (const k of Object.keys(people)) expect(Object.keys(core), k).not.toContain(k);
    expect(de.errors.linkInvalid).toBe(people.linkInvalid);
    expect(de.errors.internal).toBe(core.internal);
  });
  it("do not repeat another file's top-level key (they are merged at the top level)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("./de/", import.meta.url);
    const seen = new Map<string, string>();
    for (const file of readdirSync(dir)) {
      // "errors" may come from several files: index.ts merges it into one namespace
      for (const key of Object.keys(JSON.parse(readFileSync(new URL(file, dir), "utf8"))).filter((k) => k !== "errors")) {
        expect(seen.get(key), `${key} in ${file} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, file);
      }
    }
  });
});
