import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-lg rounded-xl bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.text")}</p>
      <Link href="/companies" className={`${buttonClass("primary")} mt-6`}>
        {t("notFound.back")}
      </Link>
    </div>
  );
}
