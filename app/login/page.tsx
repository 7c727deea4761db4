import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("auth.signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; registered?: string; reset?: string }> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("auth.signInTitle")}</h1>
      {sp.registered && (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3 text-sm">
          {t("auth.registered")}
        </p>
      )}
      {sp.reset && (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3 text-sm">
          {t("account.resetDone")}
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm">
        <Link href="/password-reset" className="font-semibold text-brand-800 underline">{t("account.forgot")}</Link>
      </p>
    </div>
  );
}
