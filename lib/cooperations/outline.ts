import type { Agreement, AgreementField, Profile } from "./schemas";

/**
 * The outline of a cooperation agreement, built from the answers of step 3 (and the cooperation's
 * own data). Pure; the web page and the PDF render the same outline. It is an outline to discuss
 * with the partner (and, before signing, with a lawyer), not a contract and not legal advice. Every
 * point the answers leave empty is marked open.
 */
export const OUTLINE_SECTIONS: { id: string; fields: AgreementField[] }[] = [
  { id: "parties", fields: ["parties"] },
  { id: "purpose", fields: ["purpose", "sameGoal"] },
  { id: "contributions", fields: ["contributions", "valuation"] },
  { id: "tasks", fields: ["tasks", "communication"] },
  { id: "information", fields: ["sharedInfo", "notShared"] },
  { id: "thirdParties", fields: ["thirdParties"] },
  { id: "conflicts", fields: ["conflicts", "trustControl", "coopCompetition"] },
  { id: "results", fields: ["results"] },
  { id: "liability", fields: ["liability"] },
  { id: "duration", fields: ["duration", "evaluationDates", "exit", "afterExit"] },
];

/** The fields that may stay empty without making their section open (the parties' contacts are a nice-to-have). */
const OPTIONAL: ReadonlySet<AgreementField> = new Set(["parties"]);

export type OutlineLabels = {
  sections: Record<string, string>;
  fields: Record<AgreementField, string>;
  /** "{company}" and "{partner}" are replaced */
  partiesLine: string;
  goalLine: string;
  weBring: string;
  partnerBrings: string;
};

export type OutlineLine = { label: string; text: string | null };
export type OutlineSection = { id: string; number: number; title: string; lines: OutlineLine[]; open: boolean };
export type AgreementOutline = { companyName: string; partnerName: string; sections: OutlineSection[]; openCount: number };

export function buildAgreementOutline(input: {
  companyName: string;
  partnerName: string;
  goal: string;
  agreement: Agreement;
  profile: Profile;
  labels: OutlineLabels;
}): AgreementOutline {
  const { agreement: a, labels: l } = input;
  const value = (f: AgreementField) => (a[f] ?? "").trim() || null;
  const sections = OUTLINE_SECTIONS.map((s, i) => {
    const lines: OutlineLine[] = [];
    if (s.id === "parties") lines.push({ label: l.sections.parties, text: l.partiesLine.replace("{company}", input.companyName).replace("{partner}", input.partnerName) });
    if (s.id === "purpose") lines.push({ label: l.goalLine, text: input.goal.trim() || null });
    for (const f of s.fields) if (!(OPTIONAL.has(f) && !value(f))) lines.push({ label: l.fields[f], text: value(f) });
    if (s.id === "contributions") {
      // what the profile of step 2 says each side brings: a starting point, not an agreed contribution
      if (input.profile.weBring.trim()) lines.push({ label: l.weBring, text: input.profile.weBring.trim() });
      if (input.profile.partnerBrings.trim()) lines.push({ label: l.partnerBrings, text: input.profile.partnerBrings.trim() });
    }
    const open = s.fields.some((f) => !OPTIONAL.has(f) && !value(f)) || (s.id === "purpose" && !input.goal.trim());
    return { id: s.id, number: i + 1, title: l.sections[s.id] ?? s.id, lines, open };
  });
  return { companyName: input.companyName, partnerName: input.partnerName, sections, openCount: sections.filter((s) => s.open).length };
}

/** How many sections the answers still leave open (for "what is still open" of step 3). */
export function openSectionCount(a: Agreement): number {
  return OUTLINE_SECTIONS.filter((s) => s.fields.some((f) => !OPTIONAL.has(f) && !(a[f] ?? "").trim())).length;
}
