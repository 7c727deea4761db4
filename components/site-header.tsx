import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { LocaleSwitch } from "./locale-switch";
import { isAdvisor } from "@/lib/grants/queries";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const { t, locale } = await getT();
  const user = await currentUser();
  const advisor = user ? await isAdvisor(user) : false;
  const other = locale === "de" ? "en" : "de";
  return (
    <header data-site-chrome className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          KMU-Kompass
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-1">
          {user ? (
            <>
              <Link href="/companies" className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                {t("nav.companies")}
              </Link>
              {advisor && (
                <Link href="/advisor" className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                  {t("advisor.nav")}
                </Link>
              )}
              <Link href="/account" className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                {t("account.nav")}
              </Link>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <>
              <Link href="/login" className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                {t("nav.signIn")}
              </Link>
              <Link href="/register" className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                {t("nav.register")}
              </Link>
            </>
          )}
          <LocaleSwitch other={other} label={t("nav.switchLanguage")} />
        </nav>
      </div>
    </header>
  );
}
