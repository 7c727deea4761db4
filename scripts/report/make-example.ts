/**
 * Writes examples/export-example.json: a fictional 12-person metalworking shop in Brandenburg with
 * answers to every questionnaire (two colleagues on digital readiness, self and partner view on
 * trust, the cooperation cycle) and two plan overrides. Deterministic; re-run after content changes:
 * `npx tsx scripts/report/make-example.ts`.
 */
import { writeFileSync } from "node:fs";
import { loadContent } from "../../lib/content/load";
import { ContentRegistry } from "../../lib/content/registry";
import { scoreAnswers } from "../../lib/scoring/score";
import { companyExportSchema, EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportAssessment } from "../../lib/export/schema";
import pkg from "../../package.json";

const reg = new ContentRegistry(loadContent());
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** level per dimension (0-4) around which the answers scatter */
function answersFor(key: string, levels: Record<string, number>, rel: Record<string, number> = {}): Record<string, unknown> {
  const q = reg.latest(key)!;
  const out: Record<string, unknown> = {};
  for (const item of q.scoring!.items) {
    const scale = q.scoring!.scales[item.scale];
    const byPoints = [...scale.choices].sort((a, b) => a.points - b.points);
    const level = Math.min(4, Math.max(0, (levels[item.dimension] ?? 2) + (rnd() - 0.5) * 1.6)); // 0-4
    out[item.id] = byPoints[Math.round((level / 4) * (byPoints.length - 1))].value;
  }
  for (const r of q.scoring!.relevance) out[r.question] = rel[r.dimension] ?? 2;
  return out;
}

let n = 0;
function assessment(key: string, respondent: string, perspective: "self" | "partner", submitted: string, answers: Record<string, unknown>): ExportAssessment {
  const q = reg.latest(key)!;
  const scores = q.scoring ? scoreAnswers(q, answers) : null;
  return {
    id: `example${String(++n).padStart(4, "0")}`,
    questionnaireKey: key,
    contentVersion: q.version,
    perspective,
    status: "submitted",
    respondent,
    answers,
    revision: 12 + n,
    createdAt: new Date(Date.parse(submitted) - 3 * 86400_000).toISOString(),
    updatedAt: submitted,
    submittedAt: submitted,
    snapshot: scores && { contentVersion: q.version, scoringVersion: scores.scoringVersion, scores: scores as unknown as Record<string, unknown>, createdAt: submitted },
  };
}

const profile = { industry: "C", sizeBand: "10-49", region: "BB", productionType: "small-series", itCapacity: "part-time", systems: ["cad-cam"], erpName: "", network: ["cluster"] };
const readiness = { strategy: 2, data: 1, processes: 1.5, skills: 2.5, organisation: 2, cooperation: 3, sovereignty: 1 };
const rel = { strategy: 3, data: 3, processes: 3, skills: 2, organisation: 2, cooperation: 2, sovereignty: 1 };

const exp = {
  format: EXPORT_FORMAT,
  formatVersion: EXPORT_FORMAT_VERSION,
  exportedAt: "2026-11-20T09:30:00.000Z",
  tool: { name: "KMU-Kompass", version: pkg.version },
  company: { name: "Köhler Metallbau GmbH", industry: "C", sizeBand: "10-49", region: "BB", profile },
  assessments: [
    assessment("company-profile", "Jana Köhler", "self", "2026-10-05T08:00:00.000Z", profile),
    assessment("digital-readiness", "Jana Köhler", "self", "2026-10-12T15:20:00.000Z", answersFor("digital-readiness", readiness, rel)),
    assessment("digital-readiness", "Uwe Schäfer", "self", "2026-10-14T06:45:00.000Z", answersFor("digital-readiness", { ...readiness, data: 0.5, skills: 1.5 }, rel)),
    assessment("trust", "Jana Köhler", "self", "2026-10-19T10:00:00.000Z", answersFor("trust", { competence: 3, integrity: 3.5, benevolence: 3, technology: 1.5 })),
    assessment("trust", "Grünwald Maschinenbau (Partner)", "partner", "2026-10-26T13:10:00.000Z", answersFor("trust", { competence: 2.5, integrity: 3, benevolence: 2, technology: 1 })),
    assessment("cooperation-cycle", "Jana Köhler", "self", "2026-11-02T09:00:00.000Z", answersFor("cooperation-cycle", { needs: 3.6, partner: 2, structures: 1.5, relationship: 2, evaluation: 1 })),
  ],
  plan: [
    { measureId: "tablets_capture", catalogVersion: reg.catalogue()!.version, effort: null, benefit: null, phase: null, ownerRole: "Uwe Schäfer (Meister Fertigung)", dueDate: "2027-02-26T00:00:00.000Z", status: "in_progress" },
    { measureId: "qualification", catalogVersion: reg.catalogue()!.version, effort: 2, benefit: null, phase: "0-3", ownerRole: null, dueDate: null, status: "open" },
  ],
};
companyExportSchema.parse(exp);
writeFileSync("examples/export-example.json", JSON.stringify(exp, null, 2) + "\n");
console.log("examples/export-example.json written");
