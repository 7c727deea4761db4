import { describe, it, expect } from "vitest";
import { loadContent } from "./load";
import { contentOverview } from "./overview";
import { compareManifest, hashContentFiles, readManifest, sha256 } from "./manifest";
import { contentDir } from "./load";

describe("contentOverview (admin content page)", () => {
  const { questionnaires, catalogues } = loadContent();
  const status = compareManifest(readManifest(contentDir()), hashContentFiles(contentDir()));

  it("lists every key with its versions (newest first), dates, item counts per dimension and hash status", () => {
    const o = contentOverview(questionnaires, catalogues, status);
    expect(o.questionnaires.map((q) => q.key)).toEqual(["company-profile", "cooperation-cycle", "digital-readiness", "digital-readiness-core", "trust"]);
    const dr = o.questionnaires.find((q) => q.key === "digital-readiness")!;
    expect(dr.versions.map((v) => [v.version, v.newest])).toEqual([["1.0.0", true], ["0.1.0", false]]);
    const old = dr.versions[1];
    expect(old).toMatchObject({ scoredItems: 6, hash: "ok", file: "questionnaires/digital-readiness/0.1.0.json" });
    expect(old.dimensions.map((d) => [d.id, d.items])).toEqual([["data", 3], ["processes", 3]]);
    expect(old.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const current = dr.versions[0];
    expect(current.dimensions).toHaveLength(7);
    expect(current.dimensions.every((d) => d.items >= 5)).toBe(true);
    expect(current.questions).toBe(current.scoredItems + 7); // plus one relevance question per dimension
    const profile = o.questionnaires.find((q) => q.key === "company-profile")!.versions[0];
    expect(profile).toMatchObject({ kind: "profile", scoredItems: 0, dimensions: [] });
    expect(o.catalogues.map((c) => [c.version, c.hash])).toEqual([["1.3.0", "ok"], ["1.2.0", "ok"], ["1.1.0", "ok"], ["1.0.0", "ok"]]);
    expect(o.catalogues[0].measures).toBeGreaterThanOrEqual(30);
    expect(o.catalogues[3].measures).toBe(13);
    expect(o.manifestOk).toBe(true);
  });

  it("flags a changed or unlisted file", () => {
    const broken = status.map((s) =>
      s.file === "questionnaires/trust/1.0.0.json" ? { ...s, status: "changed" as const, actual: sha256("x") } : s,
    );
    broken.push({ file: "questionnaires/trust/1.1.0.json", status: "unlisted", expected: null, actual: sha256("y") });
    const o = contentOverview(questionnaires, catalogues, broken);
    expect(o.manifestOk).toBe(false);
    expect(o.problems.map((p) => [p.file, p.status])).toEqual([
      ["questionnaires/trust/1.0.0.json", "changed"],
      ["questionnaires/trust/1.1.0.json", "unlisted"],
    ]);
    // versions newest first: 2.0.0 (the two-sided check), then the changed 1.0.0
    expect(o.questionnaires.find((q) => q.key === "trust")!.versions.find((v) => v.version === "1.0.0")!.hash).toBe("changed");
  });
});
