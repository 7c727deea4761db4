import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderGroupPdf } from "./group-document";
import { groupPdfInput } from "./group-input";
import { translator } from "@/lib/i18n/server";
import { aggregateGroup } from "@/lib/workshops/aggregate";
import { buildHandout, type CompanyPlanInput } from "@/lib/workshops/group-measures";
import { shapesOf } from "@/lib/workshops/shapes";
import { CORE_READINESS } from "@/lib/content/readiness";
import { answersFor, registry, submitted } from "@/lib/testing/company-fixtures";

const core = registry.latest(CORE_READINESS)!;
const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-group-"));

function sample(): CompanyPlanInput[] {
  return [0, 1, 2, 3, 4, 5].map((i) => ({
    companyId: `c${i}`,
    sizeBand: "10-49",
    profile: null,
    assessments: [submitted(core, answersFor(core, { strategy: i % 5, data: i % 2, processes: 1 + (i % 3), skills: 2, organisation: i % 2, cooperation: 3, sovereignty: (i * 3) % 5 }), { respondentId: `r${i}` })],
  }));
}

describe("group PDF", () => {
  it.each(["de", "en"] as const)("renders title, place, count, radar legend, spread, gaps, counted measures and versions (%s)", async (locale) => {
    const companies = sample();
    const agg = aggregateGroup(shapesOf([CORE_READINESS]), companies.map((c) => ({ companyId: c.companyId, scores: c.assessments.map((a) => a.scores) })), 5);
    const handout = buildHandout(companies, { questionnaire: (k, v) => registry.get(k, v), profile: registry.latest("company-profile"), catalogue: registry.catalogue() }, new Date("2026-12-01T10:00:00Z"));
    const w = { title: "Digitalisierung im Mittelstand", date: new Date("2026-12-01T00:00:00Z"), place: "Kammer Musterstadt, Saal 2", k: 5, questionnaires: [CORE_READINESS] };
    const input = groupPdfInput(w, { publishedAt: "2026-12-01T10:30:00.000Z", aggregate: agg }, handout, locale, translator(locale));
    const pdf = await renderGroupPdf(input);
    const file = path.join(dir, `group-${locale}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Digitalisierung im Mittelstand");
    expect(text).toContain("Kammer Musterstadt, Saal 2");
    expect(text).toContain(locale === "de" ? "6 Betriebe" : "6 companies");
    expect(text).toContain(locale === "de" ? "Streuung je Handlungsfeld" : "Spread per field of action");
    // the tick marks the average, as on the projector and as the number beside it (spreadBar)
    expect(text.replace(/\s+/g, " ")).toContain(locale === "de" ? "dunkler Strich: der Durchschnitt" : "dark tick: the average");
    expect(text).toContain(locale === "de" ? "Daten und Vernetzung" : "Data and connectivity");
    expect(text).toContain(locale === "de" ? "Die am häufigsten empfohlenen Maßnahmen" : "The measures recommended most often");
    expect(handout.measures.length).toBeGreaterThan(0);
    expect(text).toMatch(locale === "de" ? /\d von 6 Betrieben/ : /\d of 6 companies/);
    expect(text).toContain("1.3.0");
    // it ends in what to do next (a handout, not only figures)
    expect(text).toContain(locale === "de" ? "Der nächste Schritt" : "The next step");
    expect(text).not.toMatch(/\{\w+\}/);
  }, 30_000);

  it("a state published before handouts were stored says so instead of listing measures", async () => {
    const companies = sample();
    const agg = aggregateGroup(shapesOf([CORE_READINESS]), companies.map((c) => ({ companyId: c.companyId, scores: c.assessments.map((a) => a.scores) })), 5);
    const w = { title: "Alter Stand", date: new Date("2026-12-01T00:00:00Z"), place: "Saal 3", k: 5, questionnaires: [CORE_READINESS] };
    const file = path.join(dir, "group-old.pdf");
    writeFileSync(file, await renderGroupPdf(groupPdfInput(w, { publishedAt: "2026-12-01T10:30:00.000Z", aggregate: agg }, null, "de", translator("de"))));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Für diesen Stand liegen keine gezählten Maßnahmen vor");
    expect(text).toContain("Streuung je Handlungsfeld");
  }, 30_000);
});
