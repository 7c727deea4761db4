import { expect, test } from "@playwright/test";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/**
 * The build output (the production build this config starts, so no extra build): the JavaScript
 * each page loads up front — Next's root chunks plus its segments' entry chunks from the page's
 * client reference manifest — holds no SurveyJS, no PDF code and no zod, and only the plan board's
 * pages bring the chart components. SurveyJS may only be loaded on demand, by the pages that show
 * a questionnaire.
 */
const NEXT = path.join(process.cwd(), ".next");
const MARKERS = {
  surveyjs: /questionsOnPageMode/, // a property name that survives minification in survey-core
  pdf: /%PDF-|@react-pdf|pdfkit/i,
  zod: /\$ZodType|ZodError/,
};
/** the matrix chart's svg classes (components/charts/matrix-chart.tsx): chart code that runs on the client */
const CHART_MARKER = /mx-auto h-auto w-full max-w-md/;
const SURVEY_PAGES = [/^\/companies\/\[companyId\]\/assessments\/\[assessmentId\]$/, /^\/g\/\[token\]\/assessments\/\[assessmentId\]$/, /^\/admin\/content\/\[key\]\/\[version\]$/];
const CHART_PAGES = [/^\/companies\/\[companyId\]\/dashboard$/];

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? manifests(full) : f === "page_client-reference-manifest.js" ? [full] : [];
  });
}

type Manifest = { entryJSFiles: Record<string, string[]> };

function load(file: string): Manifest {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, Manifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST!)[0];
}

const read = (chunk: string) => readFileSync(path.join(NEXT, chunk.replace(/^\/?_next\//, "")), "utf8");

test("pages load no SurveyJS, PDF or zod code up front, and chart code only where the plan board is", () => {
  expect(existsSync(path.join(NEXT, "BUILD_ID")), "the production build").toBe(true);
  const root: string[] = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")).rootMainFiles;
  const pages = manifests(path.join(NEXT, "server", "app"));
  expect(pages.length).toBeGreaterThan(10);
  const seen: string[] = [];
  const onDemand: Record<string, boolean> = {};
  const chartsOn: string[] = [];
  for (const file of pages) {
    const route = "/" + path.relative(path.join(NEXT, "server", "app"), path.dirname(file)).split(path.sep).join("/").replace(/\/?page$/, "");
    const m = load(file);
    const chunks = new Set([...root, ...Object.values(m.entryJSFiles).flat()]);
    const code = [...chunks].map(read).join("\n");
    for (const [what, marker] of Object.entries(MARKERS)) expect(marker.test(code), `${what} code in the first load of ${route}`).toBe(false);
    if (CHART_MARKER.test(code)) chartsOn.push(route);
    // loaded on demand (next/dynamic): SurveyJS only where a questionnaire is shown
    const loadable = path.join(path.dirname(file), "page", "react-loadable-manifest.json");
    if (existsSync(loadable)) {
      const files = Object.values(JSON.parse(readFileSync(loadable, "utf8")) as Record<string, { files: string[] }>).flatMap((e) => e.files);
      onDemand[route] = files.some((f) => MARKERS.surveyjs.test(read(f)));
      if (!SURVEY_PAGES.some((p) => p.test(route))) expect(onDemand[route], `SurveyJS loaded on demand by ${route}`).toBe(false);
    }
    seen.push(route);
  }
  // the markers find what they look for: the questionnaire page loads SurveyJS on demand, the dashboard has its charts
  expect(onDemand["/companies/[companyId]/assessments/[assessmentId]"]).toBe(true);
  expect(chartsOn.length, "the dashboard brings its charts").toBeGreaterThan(0);
  expect(chartsOn.filter((r) => !CHART_PAGES.some((p) => p.test(r))), "chart code outside the plan board's pages").toEqual([]);
  for (const r of ["", "/companies", "/companies/[companyId]", "/companies/[companyId]/assessments/[assessmentId]/result"]) expect(seen).toContain(r || "/");
});
