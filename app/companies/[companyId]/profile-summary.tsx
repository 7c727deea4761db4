import type { ProfileFacts } from "@/lib/companies/profile";
import { getT } from "@/lib/i18n/server";
import { StartButton } from "./dashboard/start-button";

type Props = { facts: ProfileFacts | null; companyId: string; hasDraft: boolean };

/** A short summary of the company profile, or the invitation to fill it in. */
export async function ProfileSummary({ facts, companyId, hasDraft }: Props) {
  const { t } = await getT();
  const v = (group: string, code: string) => t(`profileSummary.values.${group}.${code}` as never);
  const list = (group: "systems" | "network", codes: string[]) =>
    codes.length ? codes.map((c) => (c === "erp" && facts?.erpName ? t("profileSummary.erpWithName", { name: facts.erpName }) : v(group, c))).join(", ") : t("profileSummary.notAnswered");
  const rows = facts
    ? [
        ["productionType", facts.productionType ? v("productionType", facts.productionType) : t("profileSummary.notAnswered")],
        ["itCapacity", facts.itCapacity ? v("itCapacity", facts.itCapacity) : t("profileSummary.notAnswered")],
        ["systems", list("systems", facts.systems)],
        ["network", list("network", facts.network)],
      ]
    : [];
  return (
    <section aria-labelledby="profile" data-testid="profile-summary" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="profile" className="font-semibold">
        {t("profileSummary.title")}
      </h2>
      {facts ? (
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {rows.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600">{t(`profileSummary.${key}` as never)}</dt>
              <dd className="mb-1 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-1 text-sm text-slate-700">{t("profileSummary.missing")}</p>
      )}
      {!hasDraft && (
        <div className="mt-3">
          <StartButton companyId={companyId} questionnaireKey="company-profile" variant={facts ? "secondary" : "primary"} label={facts ? t("profileSummary.update") : t("profileSummary.fill")} />
        </div>
      )}
    </section>
  );
}
