import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";
import { ClaimForm } from "./claim-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.claim.title"), referrer: "no-referrer" };
}

/** Takes a workshop result into the account: sign in or register first (and come back here), then the one-time code. */
export default async function ClaimPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const initial = typeof code === "string" ? code.slice(0, 20) : "";
  const { t } = await getT();
  const user = await currentUser();
  const back = encodeURIComponent(`/claim${initial ? `?code=${encodeURIComponent(initial)}` : ""}`);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("workshops.claim.title")}</h1>
      <p className="text-slate-700">{t("workshops.claim.intro")}</p>
      {user ? (
        <ClaimForm initial={initial} />
      ) : (
        <>
          <p className="text-slate-700">{t("workshops.claim.signIn")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/login?callbackUrl=${back}`} className={buttonClass("primary")}>{t("workshops.claim.login")}</Link>
            <Link href={`/register?callbackUrl=${back}`} className={buttonClass("secondary")}>{t("workshops.claim.register")}</Link>
          </div>
        </>
      )}
    </div>
  );
}
