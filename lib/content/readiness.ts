/**
 * Digital readiness comes as two questionnaires with the same seven dimensions and the same item
 * ids: the full check and the core check of about ten minutes (its 14 most important items). Pure.
 */
export const FULL_READINESS = "digital-readiness";
export const CORE_READINESS = "digital-readiness-core";
export const READINESS_KEYS: readonly string[] = [FULL_READINESS, CORE_READINESS];

export const isReadinessKey = (key: string) => READINESS_KEYS.includes(key);

/**
 * The readiness questionnaire a company's picture (result, dashboard, plan, PDF) is built from: the
 * one with the newest submission, so a company that took the core check in a workshop sees that,
 * and once it takes the full check later, the full one (a tie goes to the full check). The two are
 * never mixed in one picture: their answers cover different items.
 */
export function readinessKeyOf(list: readonly { questionnaireKey: string; submittedAt: Date }[]): string {
  let best: { key: string; at: number } | null = null;
  for (const a of list) {
    if (!isReadinessKey(a.questionnaireKey)) continue;
    const at = a.submittedAt.getTime();
    if (!best || at > best.at || (at === best.at && a.questionnaireKey === FULL_READINESS)) best = { key: a.questionnaireKey, at };
  }
  return best?.key ?? FULL_READINESS;
}
