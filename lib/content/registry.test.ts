import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "./load";
import { ContentRegistry } from "./registry";
import { contentRegistry } from "./index";

const realJson = () =>
  JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json"), "utf8")) as Record<string, unknown>;

describe("ContentRegistry over a folder with several versions", () => {
  let dir: string;
  let reg: ContentRegistry;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kmu-registry-"));
    const put = (key: string, version: string) => {
      mkdirSync(path.join(dir, "questionnaires", key), { recursive: true });
      writeFileSync(path.join(dir, "questionnaires", key, `${version}.json`), JSON.stringify({ ...realJson(), key, version }));
    };
    // written in an order where alphabetical != semantic
    for (const v of ["0.9.0", "0.10.0", "0.2.0"]) put("digital-readiness", v);
    put("another-check", "1.0.0");
    reg = new ContentRegistry(loadContent(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("latest() is the newest semver, not the last file name", () => {
    expect(reg.latest("digital-readiness")!.version).toBe("0.10.0");
    expect(reg.latest("another-check")!.version).toBe("1.0.0");
    expect(reg.latest("nope")).toBeUndefined();
  });

  it("get(key, version) returns exactly that version", () => {
    const q = reg.get("digital-readiness", "0.9.0")!;
    expect(q.key).toBe("digital-readiness");
    expect(q.version).toBe("0.9.0");
    expect(reg.get("digital-readiness", "0.3.0")).toBeUndefined();
    expect(reg.get("another-check", "0.9.0")).toBeUndefined();
  });

  it("versions(key) lists the versions of one key, oldest first", () => {
    expect(reg.versions("digital-readiness")).toEqual(["0.2.0", "0.9.0", "0.10.0"]);
    expect(reg.versions("another-check")).toEqual(["1.0.0"]);
    expect(reg.versions("nope")).toEqual([]);
  });

  it("keys(), current() and all()", () => {
    expect(reg.keys()).toEqual(["another-check", "digital-readiness"]);
    expect(reg.current().map((q) => `${q.key}@${q.version}`)).toEqual(["another-check@1.0.0", "digital-readiness@0.10.0"]);
    expect(reg.all()).toHaveLength(4);
    // all() is a copy: changing it does not change the registry
    reg.all().pop();
    expect(reg.all()).toHaveLength(4);
  });

  it("has no catalogue when the folder has none", () => {
    expect(reg.catalogue()).toBeUndefined();
    expect(reg.catalogues()).toEqual([]);
  });
});

describe("contentRegistry() (the real content folder)", () => {
  it("is loaded once and knows digital-readiness 0.1.0", () => {
    const reg = contentRegistry();
    expect(contentRegistry()).toBe(reg);
    expect(reg.keys()).toContain("digital-readiness");
    expect(reg.versions("digital-readiness")).toContain("0.1.0");
    expect(reg.get("digital-readiness", "0.1.0")!.title.de).toBeTruthy();
    expect(reg.latest("digital-readiness")!.version).toBe(reg.versions("digital-readiness").at(-1));
  });
});
