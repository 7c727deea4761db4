import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("linkGone.title") };
}

/**
 * A personal link (workshop participant, cooperation partner) that leads nowhere: renewed, expired,
 * mistyped, or its result taken into an account. Its reader has no account here as a rule, so the
 * page says what to do instead of offering "my companies".
 */
export default async function GuestLinkNotFound() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-lg rounded-xl bg-white p-8 shadow-sm" data-testid="link-gone">
      <h1 className="text-2xl font-bold">{t("linkGone.title")}</h1>
      <p className="mt-2 text-slate-700">{t("linkGone.text")}</p>
      <p className="mt-2 text-slate-700">{t("linkGone.ask")}</p>
      <p className="mt-2 text-sm text-slate-600">{t("linkGone.claimed")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/login" className={buttonClass("secondary")}>{t("linkGone.signIn")}</Link>
        <Link href="/" className={buttonClass("secondary")}>{t("linkGone.home")}</Link>
      </div>
    </div>
  );
}
