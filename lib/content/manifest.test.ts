import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentDir } from "./load";
import { addNewFiles, compareManifest, contentFiles, hashContentFiles, publishedContentProblems, readManifest, sha256 } from "./manifest";

describe("content/manifest.json guards every published content file", () => {
  const dir = contentDir();
  const status = compareManifest(readManifest(dir), hashContentFiles(dir));

  it("lists every content file (run `npm run content:manifest` for a new version)", () => {
    expect(status.filter((s) => s.status === "unlisted").map((s) => s.file)).toEqual([]);
    expect(contentFiles(dir).length).toBeGreaterThanOrEqual(6);
  });

  it("no published file changed its text and none disappeared (a change is a new version)", () => {
    const broken = status.filter((s) => s.status === "changed" || s.status === "missing").map((s) => `${s.file}: ${s.status}`);
    expect(broken).toEqual([]);
  });

  it("digital-readiness 0.1.0 is still byte-identical to its first publication", () => {
    expect(readManifest(dir).files["questionnaires/digital-readiness/0.1.0.json"]).toBe(
      sha256(readFileSync(path.join(dir, "questionnaires/digital-readiness/0.1.0.json"))),
    );
  });
});

describe("compareManifest and addNewFiles", () => {
  const h = (s: string) => sha256(s);

  it("tells ok, changed, unlisted and missing files apart", () => {
    const manifest = { files: { "a.json": h("a"), "b.json": h("b"), "gone.json": h("g") } };
    const actual = { "a.json": h("a"), "b.json": h("B!"), "new.json": h("n") };
    expect(compareManifest(manifest, actual).map((s) => [s.file, s.status])).toEqual([
      ["a.json", "ok"],
      ["b.json", "changed"],
      ["gone.json", "missing"],
      ["new.json", "unlisted"],
    ]);
  });

  it("adds new files but never rewrites a published hash", () => {
    const manifest = { files: { "b.json": h("b") } };
    const r = addNewFiles(manifest, { "a.json": h("a"), "b.json": h("changed") });
    expect(r.added).toEqual(["a.json"]);
    expect(r.refused.map((x) => x.file)).toEqual(["b.json"]);
    expect(r.manifest.files).toEqual({ "a.json": h("a"), "b.json": h("b") });
    expect(Object.keys(r.manifest.files)).toEqual(["a.json", "b.json"]);
  });
});

describe("npm run content:manifest (scripts/content-manifest.ts)", () => {
  it("records a new version and refuses to change a published one", () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "kmu-manifest-"));
    try {
      cpSync(path.join(contentDir(), "questionnaires/digital-readiness"), path.join(tmp, "questionnaires/digital-readiness"), { recursive: true });
      const run = () =>
        execFileSync(process.execPath, ["--import", "tsx", "scripts/content-manifest.ts", tmp], { encoding: "utf8", stdio: "pipe" });
      expect(run()).toContain("+ questionnaires/digital-readiness/0.1.0.json");
      const first = readFileSync(path.join(tmp, "manifest.json"), "utf8");
      expect(Object.keys(JSON.parse(first).files)).toEqual([
        "questionnaires/digital-readiness/0.1.0.json",
        "questionnaires/digital-readiness/1.0.0.json",
      ]);
      expect(run()).toContain("up to date");

      const file = path.join(tmp, "questionnaires/digital-readiness/0.1.0.json");
      writeFileSync(file, readFileSync(file, "utf8").replace("Digital", "Digitl"));
      let failure: { status?: number; stderr?: string } = {};
      try {
        run();
      } catch (e) {
        failure = e as typeof failure;
      }
      expect(failure.status).toBe(1);
      expect(failure.stderr).toMatch(/published versions never change: add a new version/i);
      expect(readFileSync(path.join(tmp, "manifest.json"), "utf8")).toBe(first);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("publishedContentProblems (checked by npm start)", () => {
  it("is empty for the repository's content", () => {
    expect(publishedContentProblems(contentDir())).toEqual([]);
  });

  it("names an edited published file, a missing one and an unlisted one", () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "kmu-guard-"));
    try {
      cpSync(contentDir(), tmp, { recursive: true });
      const edited = path.join(tmp, "questionnaires/digital-readiness/1.0.0.json");
      writeFileSync(edited, readFileSync(edited, "utf8").replace("Digital", "Digitl"));
      expect(publishedContentProblems(tmp)).toEqual([expect.stringMatching(/^content\/questionnaires\/digital-readiness\/1\.0\.0\.json was changed after it was published/)]);
      rmSync(path.join(tmp, "questionnaires/digital-readiness/0.1.0.json"));
      writeFileSync(path.join(tmp, "questionnaires/digital-readiness/9.9.9.json"), "{}");
      const problems = publishedContentProblems(tmp);
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.includes("0.1.0.json"))).toMatch(/the file is gone/);
      expect(problems.find((p) => p.includes("9.9.9.json"))).toMatch(/npm run content:manifest/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
