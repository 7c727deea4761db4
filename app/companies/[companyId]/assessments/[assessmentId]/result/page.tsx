import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { resultViewOf } from "@/lib/assessments/result";
import { getReadableAssessment } from "@/lib/assessments/queries";
import { contentRegistry } from "@/lib/content";
import { orContentMissing, orNotFound } from "@/lib/http/page-errors";
import { UpdateInProgress } from "@/components/ui/update-in-progress";
import { buttonClass } from "@/components/ui/button";
import { ResultBody } from "@/components/result/result-body";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("result.pageTitle") };
}

export default async function ResultPage({ params }: Props) {
  const { companyId, assessmentId } = await params;
  const base = `/companies/${companyId}/assessments/${assessmentId}`;
  const { ctx } = await requirePageAccess(companyId, "results.read", `${base}/result`);
  const a = await orNotFound(getReadableAssessment(ctx, assessmentId));
  // the company profile has no score: its "result" is the profile summary on the company page
  if (a.status === "submitted" && contentRegistry().get(a.questionnaireKey, a.contentVersion)?.kind === "profile") {
    redirect(`/companies/${companyId}#profile`);
  }
  const { t, locale } = await getT();
  const view = await orContentMissing(orNotFound(resultViewOf(a, ctx.companyName, locale)));
  if (!view) return <UpdateInProgress text={t("errors.contentMissing")} retryLabel={t("errorPage.retry")} href={`${base}/result`} />;
  return (
    <ResultBody
      view={view}
      companyHref={ctx.can("company.read") ? `/companies/${companyId}` : `/companies/${companyId}/dashboard`}
      actions={
        <>
          <Link href={`/companies/${companyId}/dashboard`} className={buttonClass("primary")}>
            {t("dashboard.openDashboard")}
          </Link>
          {ctx.can("pdf.export") && (
            <a href={`/api${base}/pdf`} className={buttonClass("secondary")} download>
              {t("result.downloadPdf")}
            </a>
          )}
          {ctx.can("company.read") ? (
            <Link href={`/companies/${companyId}`} className={buttonClass("secondary")}>
              {t("result.backToCompany")}
            </Link>
          ) : (
            <Link href="/advisor" className={buttonClass("secondary")}>
              {t("advisor.back")}
            </Link>
          )}
        </>
      }
    />
  );
}
