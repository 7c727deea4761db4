"use client";
import { IntlProvider } from "use-intl";
import type { ReactNode } from "react";

export function ClientIntl({ locale, messages, children }: { locale: string; messages: Record<string, unknown>; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Europe/Berlin">
      {children}
    </IntlProvider>
  );
}
