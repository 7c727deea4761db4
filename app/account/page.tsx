import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { ChangePasswordForm, DeleteAccountForm } from "./account-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("account.title")}</h1>
        <p className="mt-1 text-slate-700">{t("account.signedInAs", { email: user.email })}</p>
      </div>
      <section aria-labelledby="pw" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="pw" className="text-lg font-semibold">{t("account.changePassword")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("account.changePasswordText")}</p>
        <div className="mt-4"><ChangePasswordForm /></div>
      </section>
      <section aria-labelledby="del" className="rounded-xl border border-red-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="del" className="text-lg font-semibold text-red-900">{t("account.deleteTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("account.deleteText")}</p>
        <div className="mt-4"><DeleteAccountForm /></div>
      </section>
      <p className="text-sm"><Link href="/companies" className="font-semibold text-brand-800 underline">{t("account.back")}</Link></p>
    </div>
  );
}
