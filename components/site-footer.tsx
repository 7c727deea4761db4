import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { hostName } from "@/lib/legal/documents";

/** Every page's footer: who runs this instance (KMU_HOST_NAME), the legal pages, what the app does not do. */
export async function SiteFooter() {
  const { t } = await getT();
  const host = hostName();
  return (
    <footer data-site-chrome className="mx-auto max-w-5xl border-t border-slate-200 px-4 pb-8 pt-4 text-sm text-slate-600">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {host && <p className="font-medium text-slate-700">{t("legal.operatedBy", { host })}</p>}
        <nav aria-label={t("legal.navLabel")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/impressum" className="inline-block py-1 text-brand-800 underline hover:text-brand-900">
                {t("legal.imprintLink")}
              </Link>
            </li>
            <li>
              <Link href="/datenschutz" className="inline-block py-1 text-brand-800 underline hover:text-brand-900">
                {t("legal.privacyLink")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="mt-2">{t("footer.privacy")}</p>
    </footer>
  );
}
