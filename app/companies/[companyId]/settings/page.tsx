import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { getCompany } from "@/lib/companies/queries";
import { buttonClass } from "@/components/ui/button";
import { CompanyNav } from "../company-nav";
import { CreateCompanyForm } from "../../create-company-form";
import { DeleteCompanyForm } from "./delete-company-form";
import { ClientIntl } from "@/components/client-intl";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.settings.pageTitle") };
}

/** The owners' page for the company's base data, its data as files, and deleting it. */
export default async function SettingsPage({ params }: Props) {
  const { companyId } = await params;
  const { ctx } = await requirePageAccess(companyId, "company.manage", `/companies/${companyId}/settings`);
  const { t } = await getT();
  const company = await getCompany(ctx);
  return (
    <ClientIntl namespaces={clientNamespaces.companies}>
      <div className="space-y-8">
        <div>
          <h1 className="text-2xl font-bold">{t("people.settings.title", { company: company.name })}</h1>
          <CompanyNav companyId={companyId} ctx={ctx} current="settings" />
        </div>
        <section aria-labelledby="base" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="base" className="mb-4 text-lg font-semibold">{t("people.settings.base")}</h2>
          <CreateCompanyForm companyId={companyId} values={{ name: company.name, industry: company.industry, sizeBand: company.sizeBand, region: company.region }} />
        </section>
        <section aria-labelledby="data" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="data" className="text-lg font-semibold">{t("people.settings.data")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("people.settings.dataText")}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <a href={`/api/companies/${companyId}/export.json`} download className={buttonClass("secondary")}>{t("plan.ui.export")}</a>
            <a href={`/api/companies/${companyId}/export.csv`} download className={buttonClass("secondary")}>{t("people.settings.exportCsv")}</a>
          </div>
        </section>
        <section aria-labelledby="danger" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="danger" className="text-lg font-semibold text-red-900">{t("people.settings.deleteTitle")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("people.settings.deleteText")}</p>
          <div className="mt-4"><DeleteCompanyForm companyId={companyId} name={company.name} /></div>
        </section>
      </div>
    </ClientIntl>
  );
}
