import type { Metadata } from "next";
import Link from "next/link";
import { redirect, notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requireGuestPage } from "@/lib/guests/access";
import { guestPath } from "@/lib/guests/respondents";
import { getAssessment } from "@/lib/assessments/queries";
import { isOwnRespondent } from "@/lib/auth/access";
import { getCompany } from "@/lib/companies/queries";
import { contentRegistry } from "@/lib/content";
import { prepareSurvey } from "@/lib/content/prepare";
import { orNotFound } from "@/lib/http/page-errors";
import { AssessmentClient } from "@/components/survey/assessment-client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("survey.pageTitle"), referrer: "no-referrer" };
}

/** A guest answers its own copy, with the same autosave as members (through its link's API). */
export default async function GuestAssessmentPage({ params }: Props) {
  const { token, assessmentId } = await params;
  const home = guestPath(token);
  const base = `${home}/assessments/${assessmentId}`;
  const ctx = await requireGuestPage(token, "answer", base);
  const a = await orNotFound(getAssessment(ctx, assessmentId));
  if (!isOwnRespondent(ctx, a.respondent)) notFound();
  if (a.status === "submitted") redirect(`${base}/result`);
  const { t, locale } = await getT();
  const company = await getCompany(ctx);
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) throw new Error(`content ${a.questionnaireKey}@${a.contentVersion} missing`);
  const perspective = a.perspective === "partner" ? "partner" : "self";
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={home} className="underline">
            {company.name}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{q.title[locale]}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("survey.autosaveNote")}</p>
      </div>
      <AssessmentClient
        assessmentId={a.id}
        locale={locale}
        surveyJson={prepareSurvey(q, locale, perspective)}
        initial={{ answers: (a.answers ?? {}) as Record<string, unknown>, currentPage: a.currentPage, revision: a.revision }}
        saveUrl={`/api${base}`}
        submitUrl={`/api${base}/submit`}
        resultUrl={`${base}/result`}
      />
      <p className="text-xs text-slate-600" data-testid="survey-version">
        {t("survey.versionNote", { version: q.version })}
      </p>
    </div>
  );
}
