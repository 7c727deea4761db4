import { describe, it, expect, beforeEach, afterEach } from "vitest";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Model } from "survey-core";
import { loadContent, contentDir } from "./load";
import { prepareSurvey } from "./prepare";
import { allElements } from "./elements";
import { locales } from "./localize";

const realFile = path.join(process.cwd(), "content/questionnaires/digital-readiness/0.1.0.json");
const realJson = () => JSON.parse(readFileSync(realFile, "utf8")) as Record<string, unknown>;
/** the newest published measures catalogue as raw JSON, if there is one */
const realCatalogue = () => {
  const v = loadContent().catalogues.at(-1)?.version;
  return v ? (JSON.parse(readFileSync(path.join(process.cwd(), "content/measures", `${v}.json`), "utf8")) as { version: string }) : undefined;
};

describe("loadContent (the real content folder)", () => {
  const content = loadContent();

  it("reads ./content by default and validates every file", () => {
    expect(contentDir()).toBe(path.join(process.cwd(), "content"));
    expect(content.questionnaires.length).toBeGreaterThan(0);
    const dr = content.questionnaires.find((q) => q.key === "digital-readiness" && q.version === "0.1.0");
    expect(dr).toBeDefined();
    expect(dr!.perspectives).toEqual(["self"]);
    expect(dr!.scoring!.items.every((i) => i.weight > 0)).toBe(true);
  });

  it("sorts questionnaires by key, then by version", () => {
    const keys = content.questionnaires.map((q) => q.key);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });

  describe("every content file validates and loads into survey-core in de and en with no jsonErrors", () => {
    for (const q of content.questionnaires) {
      for (const perspective of q.perspectives) {
        for (const locale of locales) {
          it(`${q.key}@${q.version} (${perspective}, ${locale})`, () => {
            const model = new Model(prepareSurvey(q, locale, perspective));
            expect(model.jsonErrors ?? []).toEqual([]);
            expect(model.getAllQuestions().map((x) => x.name)).toEqual(allElements(q).map((e) => e.name));
            // every text reaches the user as a string of the chosen locale
            expect(JSON.stringify(prepareSurvey(q, locale, perspective))).not.toMatch(/\{"de":/);
          });
        }
      }
    }
  });
});

describe("measures catalogues of the real content folder refer to things that exist", () => {
  const content = loadContent();
  const dims = new Map(content.questionnaires.map((q) => [q.key, new Set(q.scoring?.dimensions.map((d) => d.id) ?? [])]));
  for (const cat of content.catalogues) {
    it(`measures@${cat.version}: unique ids, known prerequisites without cycles, known dimensions`, () => {
      const ids = cat.measures.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      const byId = new Map(cat.measures.map((m) => [m.id, m]));
      for (const m of cat.measures) {
        for (const p of m.prerequisites) expect(byId.has(p), `${m.id} needs unknown ${p}`).toBe(true);
        for (const imp of m.improves) {
          expect(dims.get(imp.questionnaire)?.has(imp.dimension), `${m.id} improves ${imp.questionnaire}/${imp.dimension}`).toBe(true);
        }
        expect(m.durationMonths.min).toBeLessThanOrEqual(m.durationMonths.max);
      }
      const visiting = new Set<string>();
      const done = new Set<string>();
      const visit = (id: string) => {
        if (done.has(id)) return;
        expect(visiting.has(id), `prerequisite cycle through ${id}`).toBe(false);
        visiting.add(id);
        for (const p of byId.get(id)?.prerequisites ?? []) visit(p);
        visiting.delete(id);
        done.add(id);
      };
      ids.forEach(visit);
    });
  }
});

describe("loadContent (temporary content folders)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kmu-content-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const put = (rel: string, data: unknown) => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof data === "string" ? data : JSON.stringify(data));
    return full;
  };

  it("returns empty lists for an empty folder", () => {
    expect(loadContent(dir)).toEqual({ questionnaires: [], catalogues: [] });
  });

  it("loads a valid copy", () => {
    put("questionnaires/digital-readiness/0.1.0.json", realJson());
    const c = loadContent(dir);
    expect(c.questionnaires.map((q) => `${q.key}@${q.version}`)).toEqual(["digital-readiness@0.1.0"]);
  });

  it("throws when the file name and the declared version disagree", () => {
    const file = put("questionnaires/digital-readiness/0.2.0.json", realJson());
    expect(() => loadContent(dir)).toThrow(`Content file ${file} declares digital-readiness@0.1.0; path and content must agree`);
  });

  it("throws when the folder and the declared key disagree", () => {
    put("questionnaires/other-key/0.1.0.json", realJson());
    expect(() => loadContent(dir)).toThrow(/path and content must agree/);
  });

  it("throws on invalid JSON, naming the file", () => {
    const file = put("questionnaires/digital-readiness/0.1.0.json", "{ not json");
    expect(() => loadContent(dir)).toThrow(`Content file ${file} is not valid JSON`);
  });

  it("throws on a file that breaks the schema (a text without English)", () => {
    const json = realJson();
    json.title = { de: "Nur Deutsch" };
    const file = put("questionnaires/digital-readiness/0.1.0.json", json);
    expect(() => loadContent(dir)).toThrow(`Content file ${file} is invalid`);
  });

  it("throws on a file that passes the schema but fails the cross-check", () => {
    const json = realJson() as { scoring: { items: Array<{ dimension: string }> } };
    json.scoring.items[0].dimension = "unknown_dim";
    expect(() => (put("questionnaires/digital-readiness/0.1.0.json", json), loadContent(dir))).toThrow(/points at unknown dimension unknown_dim/);
  });

  it("sorts versions numerically, not alphabetically", () => {
    for (const v of ["0.10.0", "0.2.0", "0.9.1", "1.0.0"]) put(`questionnaires/digital-readiness/${v}.json`, { ...realJson(), version: v });
    expect(loadContent(dir).questionnaires.map((q) => q.version)).toEqual(["0.2.0", "0.9.1", "0.10.0", "1.0.0"]);
  });

  it("loads a measures catalogue whose file name matches its version", () => {
    const cat = realCatalogue();
    if (!cat) return; // no catalogue published yet
    // a catalogue is checked against the questionnaires beside it (dimensions, profile codes)
    cpSync(path.join(process.cwd(), "content/questionnaires"), path.join(dir, "questionnaires"), { recursive: true });
    put(`measures/${cat.version}.json`, cat);
    expect(loadContent(dir).catalogues.map((c) => c.version)).toEqual([cat.version]);
  });

  // Regression (fixed): lib/content/load.ts:41-46 checks "path and content must agree" for questionnaires only. A
  // measures file `measures/1.0.0.json` that declares version 2.0.0 loads silently, and two files can
  // declare the same version (registry.catalogue(v) then returns whichever sorts first), although
  // plan items refer to a catalogue by version. Suggested fix: after parsing a catalogue, throw when
  // `${parsed.data.version}.json !== file`, like the questionnaire branch does.
  it("throws when a measures file name and its declared version disagree", () => {
    const cat = realCatalogue() ?? { version: "1.0.0" };
    put("measures/9.9.9.json", cat);
    expect(() => loadContent(dir)).toThrow(/must agree/);
  });

  it("refuses a measures catalogue that points at a dimension no questionnaire beside it has", () => {
    const cat = realCatalogue();
    if (!cat) return;
    put("questionnaires/digital-readiness/0.1.0.json", realJson());
    put(`measures/${cat.version}.json`, cat);
    expect(() => loadContent(dir)).toThrow(/improves unknown/);
  });

  it("ignores files that are not .json", () => {
    put("questionnaires/digital-readiness/0.1.0.json", realJson());
    put("questionnaires/digital-readiness/README.md", "# notes");
    expect(loadContent(dir).questionnaires).toHaveLength(1);
  });
});
