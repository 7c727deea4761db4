import { afterEach, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildDecision, buildStamp, buildState, STAMP_FILE } from "./build-stamp";

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kmu-stamp-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A tiny project: a source file and (optionally) a build with the stamp of those sources. */
function project(built: boolean): string {
  const root = tmp();
  mkdirSync(path.join(root, "app"), { recursive: true });
  writeFileSync(path.join(root, "app", "page.tsx"), "export default function P() { return null; }\n");
  writeFileSync(path.join(root, "app", "page.test.ts"), "// tests do not go into the build\n");
  if (built) {
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "abc");
    writeFileSync(path.join(root, STAMP_FILE), buildStamp(root));
  }
  return root;
}

describe("build state", () => {
  it("missing without a build or without a stamp; current for the same sources; stale after a change", () => {
    expect(buildState(project(false))).toBe("missing");
    const root = project(true);
    expect(buildState(root)).toBe("current");
    rmSync(path.join(root, STAMP_FILE));
    expect(buildState(root)).toBe("missing"); // a bare `next build` without our stamp is not trusted
    const other = project(true);
    writeFileSync(path.join(other, "app", "page.tsx"), "export default function P() { return 1; }\n");
    expect(buildState(other)).toBe("stale");
  });
  it("a build shipped with the same sources to another place (other paths, new mtimes) is current; tests do not count", () => {
    const root = project(true);
    const copy = path.join(tmp(), "elsewhere");
    cpSync(root, copy, { recursive: true });
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(path.join(copy, "app", "page.tsx"), later, later);
    writeFileSync(path.join(copy, "app", "page.test.ts"), "// changed test\n");
    expect(buildState(copy)).toBe("current");
  });
});

describe("build decision of npm start", () => {
  it("serves a current build, with or without KMU_REQUIRE_BUILD", () => {
    expect(buildDecision("current", false)).toEqual({ action: "serve" });
    expect(buildDecision("current", true)).toEqual({ action: "serve" });
  });
  it("builds a missing or stale build on a single machine", () => {
    expect(buildDecision("missing", false)).toEqual({ action: "build" });
    expect(buildDecision("stale", false)).toEqual({ action: "build" });
  });
  it("refuses to build when the deployment ships its build (KMU_REQUIRE_BUILD=1), saying what is wrong and what to do", () => {
    const missing = buildDecision("missing", true);
    expect(missing).toMatchObject({ action: "refuse", message: expect.stringContaining("there is no build in .next") });
    const stale = buildDecision("stale", true);
    expect(stale).toMatchObject({ action: "refuse", message: expect.stringContaining("made from other sources") });
    expect((stale as { message: string }).message).toMatch(/npm run build.*ship the whole \.next folder/);
  });
});
