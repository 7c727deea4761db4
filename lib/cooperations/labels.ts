import type { translator } from "../i18n/server";
import { OUTLINE_SECTIONS, type OutlineLabels } from "./outline";
import { AGREEMENT_FIELDS } from "./schemas";
import type { PrefillLabels } from "./mutations";

type T = ReturnType<typeof translator>;

/** The texts the pure outline builder and the next cycle's pre-fill need, in the user's language. */
export function outlineLabels(t: T): OutlineLabels {
  return {
    sections: Object.fromEntries(OUTLINE_SECTIONS.map((s) => [s.id, t(`cooperation.agreement.sections.${s.id}` as never)])),
    fields: Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, t(`cooperation.agreement.fields.${f}` as never)])) as OutlineLabels["fields"],
    partiesLine: t.raw("cooperation.agreement.partiesLine") as string,
    goalLine: t("cooperation.agreement.goalLine"),
    weBring: t("cooperation.agreement.weBring"),
    partnerBrings: t("cooperation.agreement.partnerBrings"),
  };
}

export function prefillLabels(t: T): PrefillLabels {
  return {
    heading: t.raw("cooperation.evaluation.prefillHeading") as string,
    goalsReached: t("cooperation.evaluation.goalsReached"),
    profileFit: t("cooperation.evaluation.profileFit"),
    costBenefit: t("cooperation.evaluation.costBenefit"),
    consequences: t("cooperation.evaluation.consequences"),
  };
}
