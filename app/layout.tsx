import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/600.css";
import "@fontsource/noto-sans/700.css";
import "./globals.css";
import { getT, messagesByLocale } from "@/lib/i18n/server";
import { ErrorTextsProvider } from "@/components/root-texts";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { default: "KMU-Kompass", template: "%s · KMU-Kompass" }, description: t("landing.lead") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getT();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("nav.skip")}
        </a>
        <ErrorTextsProvider texts={messagesByLocale[locale].errorPage}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
