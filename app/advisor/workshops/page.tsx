import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { listWorkshops } from "@/lib/workshops/queries";
import { formatJoinCode } from "@/lib/workshops/join-code";
import { dateFormat } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";
import { CardGrid, PageIntro } from "@/components/ui/card-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.title") };
}

/** The workshops the signed-in user runs. Anyone signed in may run workshops. */
export default async function WorkshopsPage() {
  const user = await requirePageUser("/advisor/workshops");
  const { t, locale } = await getT();
  const list = await listWorkshops(user);
  const day = dateFormat(locale, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <PageIntro title={t("workshops.title")} intro={t("workshops.intro")} />
      <CardGrid empty={t("workshops.empty")} testId="workshop-list">
        {list.map((w) => (
          <li key={w.id} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold text-brand-800">
              <Link href={`/advisor/workshops/${w.id}`} className="underline">{w.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("workshops.detail.when", { date: day.format(w.date), place: w.place })}</p>
            <p className="text-sm text-slate-700">
              {t(`workshops.status.${w.status === "closed" ? "closed" : "open"}`)} · {t("workshops.companies", { count: w.companies })} · <span className="font-mono">{formatJoinCode(w.joinCode)}</span>
            </p>
          </li>
        ))}
      </CardGrid>
      <Link href="/advisor/workshops/new" className={buttonClass("primary")}>{t("workshops.new")}</Link>
      <p className="text-sm text-slate-700" data-testid="workshops-next">{t(list.length ? "workshops.nextWithList" : "workshops.next")}</p>
    </div>
  );
}
