import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { NewCooperationForm } from "../forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cooperation.newTitle") };
}

export default async function NewCooperationPage({ params }: Props) {
  const { companyId } = await params;
  await requirePageAccess(companyId, "plan.edit", `/companies/${companyId}/cooperations/new`);
  const { t } = await getT();
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm text-slate-600"><Link href={`/companies/${companyId}/cooperations`} className="underline">{t("cooperation.back")}</Link></p>
      <h1 className="text-2xl font-bold">{t("cooperation.newTitle")}</h1>
      <p className="text-slate-700">{t("cooperation.newIntro")}</p>
      <div className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <NewCooperationForm companyId={companyId} today={new Date().toISOString().slice(0, 10)} />
      </div>
    </div>
  );
}
