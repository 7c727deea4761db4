import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("noAccess.title") };
}

/** Where a page the actor may not open sends them: says why, names no company. */
export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const { t } = await getT();
  const granted = reason === "notGranted";
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("noAccess.title")}</h1>
      <p className="mt-2 text-slate-700">{granted ? t("noAccess.notGranted") : t("noAccess.ownersOnly")}</p>
      <Link href={granted ? "/advisor" : "/companies"} className={`${buttonClass("primary")} mt-4`}>{granted ? t("advisor.back") : t("noAccess.back")}</Link>
    </div>
  );
}
