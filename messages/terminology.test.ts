import { describe, expect, it } from "vitest";
import { de, en } from "./index";
import { contentRegistry } from "@/lib/content";
import { timeEstimate } from "@/lib/content/time-estimate";

/** Every text with its dotted key, for one language. */
function texts(obj: unknown, prefix = ""): [string, string][] {
  if (typeof obj === "string") return [[prefix, obj]];
  if (obj && typeof obj === "object") return Object.entries(obj).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
  return [];
}
const deTexts = texts(de);
const enTexts = texts(en);
const get = (list: [string, string][], key: string) => list.find(([k]) => k === key)?.[1];

describe("one term per thing (issue 13)", () => {
  it("what a person fills in is a 'Selbstcheck', never a 'Befragung'", () => {
    const hits = deTexts.filter(([, v]) => /Befragung/i.test(v));
    expect(hits).toEqual([]);
    // "needs assessment" is the name of a step of the cycle of trust, not a filled-in check
    expect(enTexts.filter(([, v]) => /\bassessments?\b/i.test(v.replace(/needs assessment/gi, "")))).toEqual([]);
  });

  it("a dimension is a 'Handlungsfeld' (web and PDF alike); 'Bereich' is left for the parts of the app", () => {
    // "Bereiche des Unternehmens" names the navigation, not a dimension; "Themenbereich" explains the term
    const hits = deTexts.filter(([k, v]) => /\bBereich/.test(v) && k !== "people.nav.label");
    expect(hits).toEqual([]);
    expect(get(deTexts, "result.col.dimension")).toBe("Handlungsfeld");
    expect(get(deTexts, "dashboard.readiness.col.dimension")).toBe("Handlungsfeld");
    expect(get(deTexts, "plan.glossary.0.term")).toBe("Handlungsfeld");
    expect(enTexts.filter(([, v]) => /\bareas?\b/i.test(v))).toEqual([]);
  });

  it("something started and not finished is 'in Arbeit' for drafts and measures, on the web and in the PDF", () => {
    for (const key of ["company.card.inProgress", "people.progress.started", "plan.status.in_progress", "dashboard.labels.statuses.in_progress"]) {
      expect(get(deTexts, key), key).toMatch(/in Arbeit/i);
      expect(get(enTexts, key), key).toMatch(/in progress/i);
    }
    // "begonnen" only as "noch nicht begonnen" (not started) or as the logged event "Selbstcheck begonnen"
    const hits = deTexts.filter(([k, v]) => /begonnen/i.test(v) && !/noch nicht begonnen/i.test(v) && k !== "people.log.actions.assessment_start" && k !== "company.continueHint");
    expect(hits).toEqual([]);
  });
});

describe("honest time estimates", () => {
  it("no text promises 'only a few minutes' or a 'short' check", () => {
    expect(deTexts.filter(([, v]) => /wenige Minuten|kurzen Selbstcheck/i.test(v))).toEqual([]);
    expect(enTexts.filter(([, v]) => /only takes a few minutes|short self-check/i.test(v))).toEqual([]);
  });

  it("the landing and empty-company texts take their minutes as parameters, not as written numbers", () => {
    for (const list of [deTexts, enTexts]) {
      const time = get(list, "landing.time")!;
      expect(time).toContain("{coreMinutes}");
      expect(time).toContain("{totalMinutes}");
      expect(time).not.toMatch(/\d/);
      expect(get(list, "company.noAssessments")).toContain("{minutes}");
      expect(get(list, "company.noAssessments")).not.toMatch(/\d/);
    }
  });

  it("the figures are the published questionnaires' own estimates", () => {
    const current = contentRegistry().current();
    const time = timeEstimate(current);
    // the ten-minute core check is an alternative to the full readiness check, not one more part
    const parts = current.filter((q) => q.key !== "digital-readiness-core");
    expect(parts.length).toBe(current.length - 1);
    expect(time.coreMinutes).toBe(current.find((q) => q.key === "digital-readiness")!.estimatedMinutes);
    expect(time.totalMinutes).toBe(parts.reduce((s, q) => s + q.estimatedMinutes, 0));
    expect(time.count).toBe(parts.length);
    // today's content: the core check is the longest part, and all parts together take longer than it
    expect(time.totalMinutes).toBeGreaterThan(time.coreMinutes);
    expect(time.coreTitle?.de).toBeTruthy();
  });
});

describe("version jargon sits in one 'about' line", () => {
  it("the card, the result header and the table say no version; the about lines do", () => {
    expect(get(deTexts, "company.versionAndTime")).not.toMatch(/Version/);
    expect(get(deTexts, "result.completed")).not.toMatch(/Version|Bewertungsregeln/);
    expect(get(deTexts, "result.meta")).toMatch(/^Über dieses Ergebnis/);
    expect(get(enTexts, "result.meta")).toMatch(/^About this result/);
    expect(get(deTexts, "result.meta")).toContain("{version}");
    expect(get(deTexts, "dashboard.sources")).toMatch(/^Über dieses Ergebnis/);
    expect(get(deTexts, "survey.versionNote")).toContain("{version}");
  });
});
