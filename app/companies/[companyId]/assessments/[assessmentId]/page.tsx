import type { Metadata } from "next";
import Link from "next/link";
import { redirect, notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { getAssessment } from "@/lib/assessments/queries";
import { getCompany } from "@/lib/companies/queries";
import { contentRegistry } from "@/lib/content";
import { prepareSurvey } from "@/lib/content/prepare";
import { orNotFound } from "@/lib/http/page-errors";
import { AssessmentClient } from "@/components/survey/assessment-client";
import { UpdateInProgress } from "@/components/ui/update-in-progress";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("survey.pageTitle") };
}

export default async function AssessmentPage({ params }: Props) {
  const { companyId, assessmentId } = await params;
  const base = `/companies/${companyId}/assessments/${assessmentId}`;
  const { user, ctx } = await requirePageAccess(companyId, "answer", base);
  const a = await orNotFound(getAssessment(ctx, assessmentId));
  if (a.status === "submitted") redirect(`${base}/result`);
  if (a.respondent.userId !== user.id) notFound();
  const { t, locale } = await getT();
  const company = await getCompany(ctx);
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) return <UpdateInProgress text={t("errors.contentMissing")} retryLabel={t("errorPage.retry")} href={base} />;
  const perspective = a.perspective === "partner" ? "partner" : "self";
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/companies/${companyId}`} className="underline">
            {company.name}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{q.title[locale]}</h1>
        {perspective === "partner" && <p className="text-sm font-medium text-slate-700">{t("company.partnerView")}</p>}
        <p className="mt-2 text-sm text-slate-700">{t("survey.autosaveNote")}</p>
      </div>
      <AssessmentClient
        assessmentId={a.id}
        locale={locale}
        surveyJson={prepareSurvey(q, locale, perspective)}
        initial={{ answers: (a.answers ?? {}) as Record<string, unknown>, currentPage: a.currentPage, revision: a.revision }}
        saveUrl={`/api${base}`}
        submitUrl={`/api${base}/submit`}
        resultUrl={q.kind === "profile" ? `/companies/${companyId}#profile` : `${base}/result`}
      />
      <p className="text-xs text-slate-600" data-testid="survey-version">
        {t("survey.versionNote", { version: q.version })}
      </p>
    </div>
  );
}
