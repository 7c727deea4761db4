import type { MeasuresCatalogue, Questionnaire } from "./schema";
import { pairProblem } from "./check-texts";

export const PROFILE_KEY = "company-profile";

/** The answer codes of each company-profile question, over all published profile versions. */
export function profileCodes(questionnaires: Questionnaire[]): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const q of questionnaires.filter((x) => x.key === PROFILE_KEY)) {
    for (const page of q.survey.pages) {
      for (const el of page.elements as Array<{ name: string; choices?: unknown }>) {
        if (!Array.isArray(el.choices)) continue;
        const set = codes.get(el.name) ?? new Set<string>();
        for (const c of el.choices) set.add(String(c && typeof c === "object" ? (c as { value: unknown }).value : c));
        codes.set(el.name, set);
      }
    }
  }
  return codes;
}

/**
 * Cross-checks a measures catalogue against the questionnaires: unique ids, `improves` points at an
 * existing questionnaire dimension, prerequisites exist and form no cycle, context rule values are
 * answer codes of the company-profile question of that field, durations are ordered, texts are
 * bilingual. Returns a list of problems (empty = fine). Pure.
 */
export function checkCatalogue(cat: MeasuresCatalogue, questionnaires: Questionnaire[]): string[] {
  const problems: string[] = [];
  const dims = new Map<string, Set<string>>();
  for (const q of questionnaires) {
    const set = dims.get(q.key) ?? new Set<string>();
    for (const d of q.scoring?.dimensions ?? []) set.add(d.id);
    dims.set(q.key, set);
  }
  const codes = profileCodes(questionnaires);
  const itemsOf = new Map<string, Set<string>>();
  for (const q of questionnaires) {
    const set = itemsOf.get(q.key) ?? new Set<string>();
    for (const i of q.scoring?.items ?? []) set.add(i.id);
    itemsOf.set(q.key, set);
  }
  const byId = new Map<string, MeasuresCatalogue["measures"][number]>();
  for (const m of cat.measures) {
    if (byId.has(m.id)) problems.push(`measure id ${m.id} is used twice`);
    byId.set(m.id, m);
  }
  for (const m of cat.measures) {
    const where = `measure ${m.id}`;
    for (const imp of m.improves) {
      if (!dims.has(imp.questionnaire)) problems.push(`${where} improves unknown questionnaire ${imp.questionnaire}`);
      else if (!dims.get(imp.questionnaire)!.has(imp.dimension)) problems.push(`${where} improves unknown dimension ${imp.questionnaire}/${imp.dimension}`);
    }
    const keys = [...new Set(m.improves.map((i) => i.questionnaire))];
    for (const item of m.addresses) {
      if (!keys.some((k) => itemsOf.get(k)?.has(item))) problems.push(`${where} addresses item ${item}, which is no scored item of the questionnaires it improves (${keys.join(", ")})`);
    }
    if (new Set(m.addresses).size !== m.addresses.length) problems.push(`${where} lists an addressed item twice`);
    for (const p of m.prerequisites) {
      if (p === m.id) problems.push(`${where} lists itself as a prerequisite`);
      else if (!byId.has(p)) problems.push(`${where} needs unknown measure ${p}`);
    }
    for (const rule of m.contextRules) {
      const known = codes.get(rule.field);
      if (!known) {
        problems.push(`${where} has a context rule on ${rule.field}, which the company profile does not ask`);
        continue;
      }
      for (const v of rule.values) {
        if (!known.has(v)) problems.push(`${where} has a context rule on ${rule.field} with unknown value ${v}`);
      }
    }
    if (m.durationMonths.min > m.durationMonths.max) problems.push(`${where} lasts from ${m.durationMonths.min} to ${m.durationMonths.max} months (min > max)`);
    const texts: Array<[unknown, string]> = [
      [m.title, "title"],
      [m.description, "description"],
      [m.ownerRole, "ownerRole"],
      [m.kpi, "kpi"],
      ...m.firstSteps.map((s, i) => [s, `firstSteps ${i + 1}`] as [unknown, string]),
      ...m.contextRules.map((r, i) => [r.note, `contextRules ${i + 1} note`] as [unknown, string]),
    ];
    for (const [t, f] of texts) {
      const p = pairProblem(t, `${where} ${f}`);
      if (p) problems.push(p);
    }
  }
  // prerequisite cycles (depth-first search, each cycle reported once by the measure where it closes)
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      problems.push(`prerequisites form a cycle: ${[...path.slice(path.indexOf(id)), id].join(" → ")}`);
      return;
    }
    state.set(id, "visiting");
    for (const p of byId.get(id)?.prerequisites ?? []) if (byId.has(p) && p !== id) visit(p, [...path, id]);
    state.set(id, "done");
  };
  for (const id of byId.keys()) visit(id, []);
  return problems;
}
