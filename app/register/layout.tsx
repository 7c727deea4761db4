import type { ReactNode } from "react";
import { ClientIntl } from "@/components/client-intl";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientIntl namespaces={clientNamespaces.register}>{children}</ClientIntl>;
}
