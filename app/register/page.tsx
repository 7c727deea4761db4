import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { RegisterForm } from "./register-form";
import { emailSchema } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("auth.registerTitle") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; email?: string | string[] }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  // an invitation or grant link names the address it is for: the form starts with it
  const email = typeof params.email === "string" && params.email.length <= 254 && emailSchema.safeParse(params.email).success ? params.email : undefined;
  if (await currentUser()) redirect(callbackUrl);
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("auth.registerTitle")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("auth.registerLead")}</p>
      <RegisterForm callbackUrl={callbackUrl} email={email} />
    </div>
  );
}
