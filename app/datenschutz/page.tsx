import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { LegalPage } from "@/components/legal/legal-page";
import { PrivacyFacts } from "@/components/legal/privacy-facts";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("legal.privacyTitle") };
}

export default async function PrivacyPage() {
  const { t } = await getT();
  return <LegalPage kind="privacy" title={t("legal.privacyTitle")} fallback={<PrivacyFacts />} />;
}
