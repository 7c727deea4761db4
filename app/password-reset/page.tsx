import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { mailConfigured } from "@/lib/mail/send";
import { ResetRequestForm } from "../account/account-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("account.resetTitle") };
}

export default async function PasswordResetPage() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-xl bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("account.resetTitle")}</h1>
      <p className="text-sm text-slate-700">{t("account.resetText")}</p>
      {!mailConfigured() && <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("account.resetNoSmtp")}</p>}
      <ResetRequestForm />
    </div>
  );
}
