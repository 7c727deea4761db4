import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { AnswerPage } from "@/components/survey/answer-page";
import { ClientIntl } from "@/components/client-intl";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("survey.pageTitle") };
}

/** A member answers their own copy (the company profile leads back to the company page). */
export default async function AssessmentPage({ params }: Props) {
  const { companyId, assessmentId } = await params;
  const base = `/companies/${companyId}/assessments/${assessmentId}`;
  const { ctx } = await requirePageAccess(companyId, "answer", base);
  const home = `/companies/${companyId}`;
  return (
    <ClientIntl namespaces={clientNamespaces.assessments}>
      <AnswerPage ctx={ctx} assessmentId={assessmentId} base={base} backHref={home} resultUrl={(q) => (q.kind === "profile" ? `${home}#profile` : `${base}/result`)} />
    </ClientIntl>
  );
}
