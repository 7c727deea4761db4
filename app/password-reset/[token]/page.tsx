import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { ResetConfirmForm } from "../../account/account-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("account.resetConfirmTitle") };
}

/** Sets a new password with the link from the mail (the server checks the link when the form is sent). */
export default async function PasswordResetConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-xl bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("account.resetConfirmTitle")}</h1>
      <ResetConfirmForm token={token} />
    </div>
  );
}
