import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.join.title") };
}

/** Enter the join code shown on the screen. */
export default async function JoinPage() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("workshops.join.title")}</h1>
      <p className="text-slate-700">{t("workshops.join.intro")}</p>
      <CodeForm />
    </div>
  );
}
