import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick";
import { IntlClientProvider } from "./intl-provider";

/** Namespaces every translating client component may use (JsonForm's "form", error texts of answers). */
const BASE = ["form", "errors"];

/**
 * The messages client components translate with, for one part of the app (a segment's layout):
 * only the namespaces named (dotted paths pick a sub-tree), so a page's RSC payload does not carry
 * the whole catalogue and pages without translating client components (the landing page) ship no
 * use-intl at all. A nested ClientIntl replaces its parent's messages for its subtree: name all
 * that the subtree needs.
 */
export async function ClientIntl({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const { locale } = await getT();
  return (
    <IntlClientProvider locale={locale} messages={pickMessages(locale, [...BASE, ...namespaces])}>
      {children}
    </IntlClientProvider>
  );
}
