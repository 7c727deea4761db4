import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { LegalPage } from "@/components/legal/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("legal.imprintTitle") };
}

export default async function ImprintPage() {
  const { t } = await getT();
  return <LegalPage kind="imprint" title={t("legal.imprintTitle")} />;
}
