import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { listMyCompanies } from "@/lib/companies/queries";
import { CreateCompanyForm } from "./create-company-form";
import { ClientIntl } from "@/components/client-intl";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.myCompanies") };
}

export default async function CompaniesPage() {
  const user = await requirePageUser("/companies");
  const { t } = await getT();
  const companies = await listMyCompanies(user);
  return (
    <ClientIntl namespaces={clientNamespaces.companies}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t("company.myCompanies")}</h1>
        {companies.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("company.empty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("company.myCompanies")}>
            {companies.map((c) => (
              <li key={c.id}>
                <Link href={`/companies/${c.id}`} className="block rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-600">
                  <span className="text-lg font-semibold text-brand-800">{c.name}</span>
                  <span className="mt-1 block text-sm text-slate-700">
                    {t(`nace.${c.industry}` as never)} · {t(`sizeBands.${c.sizeBand}` as never)} · {t(`regions.${c.region}` as never)}
                  </span>
                  <span className="mt-1 block text-sm text-slate-600">{t("company.assessmentCount", { count: c._count.assessments })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="new-company" className="rounded-xl bg-white p-6 shadow-sm">
          <h2 id="new-company" className="mb-4 text-lg font-semibold">
            {t("company.newTitle")}
          </h2>
          <CreateCompanyForm />
        </section>
        <p className="text-sm text-slate-700">
          {t("workshops.teaser")} <Link href="/advisor/workshops" className="font-semibold text-brand-800 underline">{t("workshops.advisorLink")}</Link>
        </p>
      </div>
    </ClientIntl>
  );
}
