import Link from "next/link";
import { redirect, notFound } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { getDraftAssessment } from "@/lib/assessments/queries";
import { isOwnRespondent, type CompanyContext } from "@/lib/auth/access";
import { contentRegistry } from "@/lib/content";
import { surveyAssetPath } from "@/lib/content/survey-asset";
import { orNotFound } from "@/lib/http/page-errors";
import type { Questionnaire } from "@/lib/content/schema";
import { AssessmentClient } from "./assessment-client";
import { UpdateInProgress } from "@/components/ui/update-in-progress";

/**
 * The page on which one answers one's own draft, the same for members and guests: the caller has
 * checked the actor (ctx) and says where the page lives (`base`), where "back" leads and where the
 * result is. A submitted draft leads to its result, someone else's draft is not found.
 */
export async function AnswerPage(props: { ctx: CompanyContext; assessmentId: string; base: string; backHref: string; resultUrl?: (q: Questionnaire) => string }) {
  const { ctx, base } = props;
  const a = await orNotFound(getDraftAssessment(ctx, props.assessmentId));
  if (a.status === "submitted") redirect(`${base}/result`);
  if (!isOwnRespondent(ctx, a.respondent)) notFound();
  const { t, locale } = await getT();
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) return <UpdateInProgress text={t("errors.contentMissing")} retryLabel={t("errorPage.retry")} href={base} />;
  const perspective = a.perspective === "partner" ? "partner" : "self";
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={props.backHref} className="underline">
            {ctx.companyName}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{q.title[locale]}</h1>
        {perspective === "partner" && <p className="text-sm font-medium text-slate-700">{t("company.partnerView")}</p>}
        <p className="mt-2 text-sm text-slate-700">{t("survey.autosaveNote")}</p>
      </div>
      <AssessmentClient
        assessmentId={a.id}
        locale={locale}
        surveyUrl={surveyAssetPath(q, locale, perspective)}
        initial={{ answers: (a.answers ?? {}) as Record<string, unknown>, currentPage: a.currentPage, revision: a.revision }}
        saveUrl={`/api${base}`}
        submitUrl={`/api${base}/submit`}
        resultUrl={props.resultUrl?.(q) ?? `${base}/result`}
      />
      <p className="text-xs text-slate-600" data-testid="survey-version">
        {t("survey.versionNote", { version: q.version })}
      </p>
    </div>
  );
}
