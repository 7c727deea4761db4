import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick";
import { IntlClientProvider } from "./intl-provider";

/**
 * Namespaces every translating client component may use (JsonForm's "form"). Error texts are not
 * among them: an API's error answer carries its message in the caller's language (lib/http/handler.ts),
 * so only a form that words field errors itself names "errors" (the registration form).
 */
const BASE = ["form"];

/**
 * The messages client components translate with, for one part of the app (a segment's layout):
 * only the namespaces named (dotted paths pick a sub-tree), so a page's RSC payload does not carry
 * the whole catalogue and pages without translating client components (the landing page) ship no
 * use-intl at all. Used by a segment's layout, or by a page itself when its siblings need other
 * texts (a nested ClientIntl replaces its parent's messages for its subtree, but the parent's are
 * still serialised into the page, so nesting ships both).
 */
export async function ClientIntl({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const { locale } = await getT();
  return (
    <IntlClientProvider locale={locale} messages={pickMessages(locale, [...BASE, ...namespaces])}>
      {children}
    </IntlClientProvider>
  );
}
