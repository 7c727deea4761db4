import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { setLocale } from "@/app/actions/locale";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const { t, locale } = await getT();
  const user = await currentUser();
  const other = locale === "de" ? "en" : "de";
  return (
    <header className="border-b border-slate-200 bg-white">
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
              <SignOutButton />
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
          <form action={setLocale}>
            <input type="hidden" name="locale" value={other} />
            <button
              type="submit"
              lang={other}
              className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50"
              aria-label={t("nav.switchLanguage")}
            >
              {other.toUpperCase()}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
