import { FULL_READINESS, READINESS_KEYS, isReadinessKey } from "@/lib/content/readiness";

/** What a questionnaire card on the company page says about the company's answers to it. Pure. */
export type CardStatus =
  | { kind: "not-started" }
  | { kind: "in-progress"; at: Date; draftId: string | null }
  | { kind: "done"; at: Date; count: number; mine: boolean };

type Row = { id: string; questionnaireKey: string; status: string; updatedAt: Date; submittedAt: Date | null; respondent: { userId: string | null } };

/**
 * done: someone submitted it (the latest submission's date, and how many were submitted); in
 * progress: only drafts exist (the own draft's id to continue, if the user has one); else not started.
 */
export function cardStatus(rows: Row[], key: string, userId: string): CardStatus {
  const own = rows.filter((r) => r.questionnaireKey === key);
  const submitted = own.filter((r) => r.status === "submitted");
  if (submitted.length) {
    const at = new Date(Math.max(...submitted.map((r) => (r.submittedAt ?? r.updatedAt).getTime())));
    // "mine": this user submitted one too (then the card offers to fill it in again; a colleague who has not answered yet gets "Starten")
    // count people, not submissions (someone who answered twice is one person)
    return { kind: "done", at, count: new Set(submitted.map((r) => r.respondent.userId ?? r.id)).size, mine: submitted.some((r) => r.respondent.userId === userId) };
  }
  const drafts = own.filter((r) => r.status === "draft").sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  if (drafts.length) return { kind: "in-progress", at: drafts[0].updatedAt, draftId: drafts.find((d) => d.respondent.userId === userId)?.id ?? null };
  return { kind: "not-started" };
}

/** Digital readiness first (the full check, then its ten-minute core check), then the others in their published order. */
export const CORE_KEY = FULL_READINESS;
export function cardOrder<Q extends { key: string }>(list: Q[]): Q[] {
  return [...READINESS_KEYS.flatMap((k) => list.filter((q) => q.key === k)), ...list.filter((q) => !isReadinessKey(q.key))];
}
