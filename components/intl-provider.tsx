"use client";
import { IntlProvider } from "use-intl";
import type { ReactNode } from "react";

/** use-intl on the client, only below the layouts of pages whose client components translate (see components/client-intl.tsx). */
export function IntlClientProvider({ locale, messages, children }: { locale: string; messages: Record<string, unknown>; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Europe/Berlin">
      {children}
    </IntlProvider>
  );
}
