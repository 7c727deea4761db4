import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Three named, fictional companies whose plans we read in the unit tests, the app (e2e screenshots)
 * and the PDF. Plain data (answer values as in the content files), so Playwright can use it as well.
 */
type Content = { scoring: { items: { id: string; dimension: string }[]; relevance?: { dimension: string; question: string }[] } };
const content = (p: string) => JSON.parse(readFileSync(path.join(process.cwd(), "content/questionnaires", p), "utf8")) as Content;
const readinessItems = content("digital-readiness/1.0.0.json").scoring;
const trustItems = content("trust/1.0.0.json").scoring;
const cycleItems = content("cooperation-cycle/1.0.0.json").scoring;

export type Answers = Record<string, string | number | string[]>;
export type NamedCompany = {
  slug: string;
  name: string;
  industry: string;
  sizeBand: string;
  region: string;
  profile: { productionType: string; itCapacity: string; systems: string[]; network: string[] };
  readiness: Answers;
  trustSelf: Answers | null;
  trustPartner: Answers | null;
  cycle: Answers | null;
};

/** answers per dimension, item by item in questionnaire order, plus relevance per dimension */
function byDimension(s: Content["scoring"], values: Record<string, (string | number)[]>, relevance: Record<string, number> = {}): Answers {
  const a: Answers = {};
  for (const [dim, list] of Object.entries(values)) s.items.filter((i) => i.dimension === dim).forEach((i, k) => (a[i.id] = list[k]));
  for (const r of s.relevance ?? []) if (relevance[r.dimension]) a[r.question] = relevance[r.dimension];
  return a;
}

export const namedCompanies: NamedCompany[] = [
  {
    slug: "shop-in-group",
    name: "Dreherei Klein (Gruppe Nordblech)",
    industry: "C",
    sizeBand: "1-9",
    region: "SN",
    profile: { productionType: "single", itCapacity: "none", systems: ["none"], network: ["group"] },
    readiness: byDimension(
      readinessItems,
      {
        strategy: [0, 1, 2, 1, "na", 2],
        data: [0, 0, "na", "na", 1, 1],
        processes: [3, 2, 3, 1, 1, 0],
        skills: [2, 3, 1, 3, 1, 2],
        organisation: ["na", "na", 1, 3, 0, 4],
        cooperation: [2, 1, 3, 4, "na", 2],
        sovereignty: [1, 0, 2, 3, 1, 1],
      },
      { strategy: 2, data: 3, processes: 3, skills: 2, organisation: 1, cooperation: 2, sovereignty: 2 },
    ),
    trustSelf: null,
    trustPartner: null,
    cycle: null,
  },
  {
    slug: "workshop-part-time-it",
    name: "Metallbau Sommer GmbH",
    industry: "C",
    sizeBand: "10-49",
    region: "NI",
    profile: { productionType: "small-series", itCapacity: "part-time", systems: ["cad-cam"], network: ["hub"] },
    readiness: byDimension(
      readinessItems,
      {
        strategy: [1, 2, 1, 2, "na", 2],
        data: [1, 1, 0, 0, 1, 0],
        processes: [4, 2, 3, 3, 1, 2],
        skills: [2, 1, 1, 3, 0, 2],
        organisation: [0, 0, 1, 2, 1, 3],
        cooperation: [1, 2, 2, 1, 0, 1],
        sovereignty: [2, 1, 2, 3, 2, 1],
      },
      { strategy: 2, data: 3, processes: 2, skills: 3, organisation: 2, cooperation: 2, sovereignty: 1 },
    ),
    trustSelf: byDimension(trustItems, { competence: [4, 4, 3, 3, 4], integrity: [4, 3, 4, 4, 4], benevolence: [3, 3, 4, 1, 2], technology: [3, 1, 3, 2, 3] }),
    trustPartner: null,
    cycle: byDimension(cycleItems, {
      needs: ["yes", "yes", "yes", "yes", "partly", "yes"],
      partner: ["yes", "yes", "yes", "yes", "yes", "partly"],
      structures: ["partly", "yes", "partly", "no", "no", "no"],
      relationship: ["no", "partly", "no", "yes", "no", "yes"],
      evaluation: ["no", "no", "no", "no", "no", "no"],
    }),
  },
  {
    slug: "series-producer-own-it",
    name: "Hansen Kunststofftechnik GmbH",
    industry: "C",
    sizeBand: "50-249",
    region: "NW",
    profile: { productionType: "series", itCapacity: "own-staff", systems: ["erp", "mes", "machine-data"], network: ["cluster"] },
    readiness: byDimension(
      readinessItems,
      {
        strategy: [3, 2, 2, 1, 1, 2],
        data: [3, 3, 2, 3, 1, 2],
        processes: [4, 3, 3, 4, 3, 3],
        skills: [1, 1, 1, 3, 1, 2],
        organisation: [4, 3, 4, 2, 3, 3],
        cooperation: [3, 2, 2, 3, 1, 2],
        sovereignty: [1, 1, 1, 1, 2, 2],
      },
      { strategy: 3, data: 3, processes: 2, skills: 3, organisation: 2, cooperation: 2, sovereignty: 3 },
    ),
    trustSelf: byDimension(trustItems, { competence: [4, 4, 3, 4, 3], integrity: [4, 4, 4, 4, 3], benevolence: [3, 3, 4, 3, 3], technology: [4, 3, 4, 3, 3] }),
    trustPartner: byDimension(trustItems, { competence: [4, 3, 3, 3, 3], integrity: [1, 2, 3, 2, 2], benevolence: [3, 3, 3, 2, 3], technology: [3, 3, 1, 2, 3] }),
    cycle: byDimension(cycleItems, {
      needs: ["yes", "yes", "yes", "yes", "yes", "yes"],
      partner: ["yes", "yes", "yes", "yes", "yes", "yes"],
      structures: ["yes", "yes", "yes", "yes", "yes", "partly"],
      relationship: ["partly", "yes", "no", "yes", "partly", "yes"],
      evaluation: ["no", "no", "no", "no", "no", "no"],
    }),
  },
];
