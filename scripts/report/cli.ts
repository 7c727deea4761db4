/**
 * Offline and batch action plans from company exports (docs/export-format.md):
 *   npm run report -- --input examples/export-example.json --out plan.pdf [--locale en]
 *   npm run report -- --input examples/export-example.json --out plan.json   (the plan as data)
 *   npm run report -- --input examples/export-example.json --out plan.csv
 *   npm run report -- --input exports/ --out pdfs/ [--format pdf|json|csv]   (every *.json in the folder)
 * The output's extension chooses the format. Uses the same view model builder and document as the
 * server; renders in this process.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "../../lib/content/load";
import { ContentRegistry } from "../../lib/content/registry";
import { parseCompanyExport } from "../../lib/export/schema";
import { buildPlanView } from "../../lib/report/plan-view";
import { planViewLabels } from "../../components/pdf/plan/text";
import { renderPlanPdf } from "../../components/pdf/render-plan";
import { planCsv, planJson } from "../../lib/report/plan-export";
import type { PlanView } from "../../lib/report/plan-view";

const usage = "Usage: npm run report -- --input <export.json|folder> --out <plan.pdf|plan.json|plan.csv|folder> [--locale de|en] [--format pdf|json|csv]";
const FORMATS = ["pdf", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

async function write(view: PlanView, format: Format): Promise<Buffer | string> {
  if (format === "json") return JSON.stringify(planJson(view), null, 2) + "\n";
  if (format === "csv") return planCsv(view);
  return renderPlanPdf(view);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { input: { type: "string" }, out: { type: "string" }, locale: { type: "string", default: "de" }, format: { type: "string" }, help: { type: "boolean" } } });
  if (values.help || !values.input || !values.out) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  if (values.locale !== "de" && values.locale !== "en") {
    console.error(`--locale must be de or en\n${usage}`);
    return 2;
  }
  const locale = values.locale;
  const batch = statSync(values.input).isDirectory();
  const ext = path.extname(values.out).slice(1).toLowerCase();
  const format = (values.format ?? (batch ? "pdf" : ext)) as Format;
  if (!FORMATS.includes(format)) {
    console.error(`--out must end in .pdf, .json or .csv (or give --format)\n${usage}`);
    return 2;
  }
  const registry = new ContentRegistry(loadContent());
  const jobs = batch
    ? readdirSync(values.input).filter((f) => f.endsWith(".json")).sort().map((f) => [path.join(values.input!, f), path.join(values.out!, f.replace(/\.json$/, `.${format}`))] as const)
    : [[values.input, values.out] as const];
  if (batch) mkdirSync(values.out, { recursive: true });
  let failed = 0;
  for (const [input, out] of jobs) {
    try {
      const exp = parseCompanyExport(JSON.parse(readFileSync(input, "utf8")));
      const view = buildPlanView(exp, registry, locale, new Date(), planViewLabels(locale));
      const t0 = Date.now();
      writeFileSync(out, await write(view, format));
      console.log(`${out} (${exp.company.name}, ${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.error(`${input}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
