import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentRegistry } from "@/lib/content/registry";
import { parseCompanyExport } from "@/lib/export/schema";
import { buildPlanView, type PlanView } from "@/lib/report/plan-view";
import { planViewLabels } from "./plan/text";
import { renderPlanPdf } from "./render-plan";

const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-plan-"));
const registry = new ContentRegistry(loadContent());
const exp = parseCompanyExport(JSON.parse(readFileSync("examples/export-example.json", "utf8")));
const now = new Date("2026-11-22T10:00:00Z");
const out: Record<"de" | "en", { file: string; text: string; view: PlanView }> = {} as never;

const pdftotext = (file: string) => execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\f/g, "\n");
const pageText = (file: string, first: number, last: number) => execFileSync("pdftotext", ["-f", String(first), "-l", String(last), "-raw", file, "-"], { encoding: "utf8" });
/** The contents page as title -> page number (read in layout order: the numbers are drawn after layout). */
const contents = (file: string) => {
  const text = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-layout", file, "-"], { encoding: "utf8" });
  return new Map([...text.matchAll(/^\s*(?:\d+\s+)?(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => [m[1], Number(m[2])]));
};
/** Position of each heading as a line of its own, each searched after the previous one (-1: missing or out of order). */
const inOrder = (text: string, headings: string[]) => {
  let from = 0;
  return headings.map((n) => {
    const at = text.indexOf(`\n${n}\n`, from);
    if (at >= 0) from = at + n.length;
    return { n, at };
  });
};

beforeAll(async () => {
  for (const locale of ["de", "en"] as const) {
    const view = buildPlanView(exp, registry, locale, now, planViewLabels(locale));
    const file = path.join(dir, `plan-${locale}.pdf`);
    writeFileSync(file, await renderPlanPdf(view));
    out[locale] = { file, text: pdftotext(file), view };
  }
}, 120_000);

describe("PDF action plan (example export)", () => {
  it("has the required German headings in order, after the contents page", () => {
    const body = out.de.text.slice(out.de.text.indexOf("So ist dieser Plan entstanden"));
    const headings = ["Auf einen Blick", "Die Handlungsfelder im Einzelnen", "Vertrauen in der Kooperation", "Kreislauf des Vertrauens", "Prioritäten: Aufwand und Nutzen", "Fahrplan", "Zeitplan", "Erneut prüfen", "Begriffe"];
    for (const f of inOrder(body, headings)) expect(f.at, f.n).toBeGreaterThan(-1);
  });

  it("has the English headings in order and no German section titles", () => {
    const body = out.en.text.slice(out.en.text.indexOf("How this plan was made"));
    const headings = ["At a glance", "The fields of action in detail", "Trust in cooperation", "Cycle of trust", "Priorities: effort and benefit", "Roadmap", "Timeline", "Check again", "Glossary"];
    for (const f of inOrder(body, headings)) expect(f.at, f.n).toBeGreaterThan(-1);
    expect(out.en.text).not.toContain("Auf einen Blick");
    expect(out.en.text).toContain("Action plan");
  });

  it("lists the company's measures in roadmap order in the roadmap table", () => {
    for (const locale of ["de", "en"] as const) {
      const { file, view } = out[locale];
      const titles = view.roadmap.flatMap((p) => p.items).map((i) => i.title);
      expect(titles.length).toBeGreaterThan(3);
      const toc = contents(file);
      const [from, next] = [toc.get(locale === "de" ? "Fahrplan" : "Roadmap"), toc.get(locale === "de" ? "Zeitplan" : "Timeline")];
      expect(from).toBeGreaterThan(2);
      const flat = pageText(file, from!, next! - 1).replace(/\s+/g, " ");
      const at = titles.map((t) => flat.indexOf(t.replace(/\s+/g, " ")));
      at.forEach((a, i) => expect(a, titles[i]).toBeGreaterThan(-1));
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it("lists the measures that come later one by one and counts the rest of the catalogue by reason (the plan stays short)", () => {
    const { file, view } = out.de;
    const toc = contents(file);
    const flat = pageText(file, toc.get("Fahrplan")!, toc.get("Zeitplan")! - 1).replace(/\s+/g, " ");
    const later = view.deferred.filter((d) => ["capacity", "prerequisite", "later-cycle-step"].includes(d.reason));
    const rest = view.deferred.filter((d) => !later.includes(d));
    expect(rest.length).toBeGreaterThan(0);
    for (const d of later) expect(flat, d.measureId).toContain(d.title.replace(/\s+/g, " "));
    for (const d of rest) expect(flat, d.measureId).not.toContain(d.title.replace(/\s+/g, " "));
    expect(flat).toContain("Nicht eingeplant");
    const inPlace = rest.filter((d) => d.reason === "in-place").length;
    if (inPlace) expect(flat).toContain(`${inPlace} weitere Maßnahme${inPlace === 1 ? " ist" : "n sind"} nicht nötig`);
    expect(flat).toContain("Die einzelnen Maßnahmen und Gründe stehen im Dashboard");
  });

  it("keeps umlauts and ß intact and shows the company, versions and the user's override", () => {
    const t = out.de.text;
    for (const word of ["Köhler Metallbau GmbH", "Maßnahmenplan", "Prioritäten", "Größe", "Schäfer", "Grünwald", "Uwe Schäfer (Meister Fertigung)"]) expect(t).toContain(word);
    expect(t).toMatch(/Digitale Reife, Version 1\.0\.0/);
    expect(t).toMatch(/Seite 2 von \d+/);
    expect(out.en.text).toMatch(/Page 2 of \d+/);
  });

  it("never breaks a line inside an abbreviation such as „z. B.“", () => {
    const lines = execFileSync("pdftotext", ["-raw", out.de.file, "-"], { encoding: "utf8" }).split("\n");
    expect(out.de.text).toMatch(/z\.\s?B\./); // the example has 33 of them
    const broken = lines.filter((l, i) => /(^|[\s(])\p{L}\.$/u.test(l.trim()) && /^\p{L}\./u.test((lines[i + 1] ?? "").trim()));
    expect(broken).toEqual([]);
  });

  it("fills the contents with the page numbers the sections landed on", () => {
    const toc = contents(out.de.file);
    expect(toc.get("Auf einen Blick")).toBe(3);
    const sections = ["Auf einen Blick", "Die Handlungsfelder im Einzelnen", "Vertrauen in der Kooperation", "Kreislauf des Vertrauens", "Prioritäten: Aufwand und Nutzen", "Fahrplan", "Zeitplan", "Erneut prüfen", "Begriffe"];
    const pages = sections.map((n) => toc.get(n) ?? -1);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    for (const [i, n] of sections.entries()) expect(pageText(out.de.file, pages[i], pages[i]), n).toMatch(new RegExp(`(^|\\n)${n}\\n`));
    expect(pageText(out.de.file, pages[5], pages[5]).trimStart().startsWith("Fahrplan")).toBe(true);
    // each field of action is listed with the page its block starts on
    for (const d of out.de.view.readiness!.dimensions) expect(pageText(out.de.file, toc.get(d.title)!, toc.get(d.title)!), d.title).toContain(d.title);
    expect(contents(out.en.file).get("At a glance")).toBe(3);
  });

  it("embeds its fonts and carries document metadata", () => {
    const fonts = execFileSync("pdffonts", [out.de.file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.find((l) => /\+NotoSans-Regular\s/.test(l))).toMatch(/\byes yes yes\b/);
    expect(fonts.find((l) => /\+NotoSans-Bold\s/.test(l))).toMatch(/\byes yes yes\b/);
    // every text page uses only the embedded Noto Sans (react-pdf's Helvetica fallback may appear as an unused resource on one page)
    for (let page = 2; page <= 5; page++) {
      const onPage = execFileSync("pdffonts", ["-f", String(page), "-l", String(page), out.de.file], { encoding: "utf8" }).trim().split("\n").slice(2);
      for (const line of onPage) expect(line).toMatch(/NotoSans.*\byes yes\b/);
    }
    const info = execFileSync("pdfinfo", [out.de.file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Maßnahmenplan – Köhler Metallbau GmbH/);
    expect(info).toMatch(/Author:\s+KMU-Kompass/);
    expect(info).toMatch(/Subject:\s+Digitale Reife, Vertrauen und Kooperation/);
    expect(readFileSync(out.de.file, "latin1")).toContain("/Lang (de-DE)");
    expect(readFileSync(out.en.file, "latin1")).toContain("/Lang (en-GB)");
  });

  it("lists the cooperations page in the contents, between the cycle and the priorities, when there are cooperations", async () => {
    const view: PlanView = {
      ...buildPlanView(exp, registry, "de", now, planViewLabels("de")),
      cooperations: [{ id: "c1", partnerName: "Titanwerk Nord AG", field: "3D-Druck", cycle: 1, step: "structures", stepNumber: 3, nextDate: null, openItems: ["Wer haftet wofür?"], trust: null }],
    };
    const file = path.join(dir, "plan-cooperations.pdf");
    writeFileSync(file, await renderPlanPdf(view));
    const toc = contents(file);
    const order = ["Kreislauf des Vertrauens", "Kooperationen", "Prioritäten: Aufwand und Nutzen"].map((n) => toc.get(n) ?? -1);
    expect(order.every((p) => p > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(pageText(file, order[1], order[1])).toMatch(/(^|\n)Kooperationen\n/);
    expect(pageText(file, order[1], order[1])).toContain("Titanwerk Nord AG · 3D-Druck");
    // without cooperations (the plans above) the contents do not name the page
    expect(contents(out.de.file).has("Kooperationen")).toBe(false);
  }, 60_000);

  it("before anybody has answered: says what to do first, without pages of empty charts", async () => {
    const empty = parseCompanyExport({ ...JSON.parse(readFileSync("examples/export-example.json", "utf8")), assessments: [], plan: [] });
    const view = buildPlanView(empty, registry, "de", now, planViewLabels("de"));
    const file = path.join(dir, "plan-empty.pdf");
    writeFileSync(file, await renderPlanPdf(view));
    const text = pdftotext(file).replace(/\s+/g, " ");
    expect(text).toContain("Den Selbstcheck „Digitale Reife“ hat noch niemand abgeschlossen");
    // cover, contents, summary, trust and cycle, glossary
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Pages:\s+5\n/);
    expect([...contents(file).keys()]).toEqual(["Auf einen Blick", "Vertrauen in der Kooperation", "Kreislauf des Vertrauens", "Begriffe"]);
    for (const absent of ["Die Handlungsfelder im Einzelnen", "Prioritäten: Aufwand und Nutzen", "Zeitplan", "Erneut prüfen", "So ist dieser Plan entstanden"]) expect(text).not.toContain(absent);
  }, 60_000);
});

describe("the host's name", () => {
  it("stands in every page's footer when the instance names its operator", async () => {
    const view = buildPlanView(exp, registry, "de", now, planViewLabels("de"));
    const file = path.join(dir, "plan-host.pdf");
    writeFileSync(file, await renderPlanPdf({ ...view, hostName: "Handwerkskammer Musterstadt" }));
    const pages = pdftotext(file).split("Betrieben von Handwerkskammer Musterstadt").length - 1;
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBe(count);
    expect(out.de.text).not.toContain("Betrieben von");
  }, 60_000);
});
