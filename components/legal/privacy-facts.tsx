import { getT } from "@/lib/i18n/server";

/** What the application itself stores and does not do: shown while the operator has no privacy policy configured. */
export async function PrivacyFacts() {
  const { t } = await getT();
  const stored = ["factAccount", "factCompany", "factAnswers", "factAudit", "factCookies", "factLimits"] as const;
  const not = ["factNoTracking", "factNoThirdParty", "factLocal", "factRights"] as const;
  return (
    <section aria-labelledby="privacy-facts" className="mt-6 space-y-4 leading-relaxed text-slate-800">
      <h2 id="privacy-facts" className="text-xl font-bold text-slate-900">
        {t("legal.factsTitle")}
      </h2>
      <h3 className="text-lg font-semibold text-slate-900">{t("legal.factsStoredTitle")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {stored.map((k) => (
          <li key={k}>{t(`legal.${k}`)}</li>
        ))}
      </ul>
      <h3 className="text-lg font-semibold text-slate-900">{t("legal.factsNotTitle")}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {not.map((k) => (
          <li key={k}>{t(`legal.${k}`)}</li>
        ))}
      </ul>
    </section>
  );
}
