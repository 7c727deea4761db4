import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { workshopQuestionnaires } from "@/lib/workshops/shapes";
import { DEFAULT_K } from "@/lib/workshops/anonymity";
import { CORE_READINESS, FULL_READINESS } from "@/lib/content/readiness";
import { WorkshopForm } from "./workshop-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.form.newTitle") };
}

export default async function NewWorkshopPage() {
  await requirePageUser("/advisor/workshops/new");
  const { t, locale } = await getT();
  // the ten-minute core check first and ticked (it fits a half-day workshop), then the full readiness check, then the rest
  const rank = (key: string) => (key === CORE_READINESS ? 0 : key === FULL_READINESS ? 1 : 2);
  const options = workshopQuestionnaires()
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((q) => ({ key: q.key, title: q.title[locale], minutes: q.estimatedMinutes }));
  return (
    <div className="space-y-6">
      <p><Link href="/advisor/workshops" className="text-sm font-semibold text-brand-800 underline">{t("workshops.detail.back")}</Link></p>
      <div>
        <h1 className="text-2xl font-bold">{t("workshops.form.newTitle")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("workshops.form.newIntro")}</p>
      </div>
      <section className="rounded-xl bg-white p-6 shadow-sm">
        <WorkshopForm options={options} defaultK={DEFAULT_K} today={new Date().toISOString().slice(0, 10)} />
      </section>
    </div>
  );
}
