import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { requireGuestPage } from "@/lib/guests/access";
import { guestPath } from "@/lib/guests/respondents";
import { getAssessment } from "@/lib/assessments/queries";
import { resultViewOf } from "@/lib/assessments/result";
import { isOwnRespondent } from "@/lib/auth/access";
import { orContentMissing, orNotFound } from "@/lib/http/page-errors";
import { UpdateInProgress } from "@/components/ui/update-in-progress";
import { buttonClass } from "@/components/ui/button";
import { ResultBody } from "@/components/result/result-body";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("result.pageTitle"), referrer: "no-referrer" };
}

/**
 * A guest's own result: a workshop participant sees it like a member does; a partner (whose answers
 * belong to the cooperation) gets a thank-you and goes back to its home.
 */
export default async function GuestResultPage({ params }: Props) {
  const { token, assessmentId } = await params;
  const home = guestPath(token);
  const base = `${home}/assessments/${assessmentId}`;
  const ctx = await requireGuestPage(token, "answer", `${base}/result`, { home: true });
  const a = await orNotFound(getAssessment(ctx, assessmentId));
  if (!isOwnRespondent(ctx, a.respondent)) notFound();
  if (a.status !== "submitted") redirect(base);
  const { t, locale } = await getT();
  if (!ctx.can("results.read")) {
    return (
      <div className="space-y-4 rounded-xl bg-white p-6 shadow-sm" data-testid="guest-thanks">
        <h1 className="text-2xl font-bold">{t("guest.thanksTitle")}</h1>
        <p>{t("guest.thanksText")}</p>
        <Link href={home} className={buttonClass("primary")}>
          {t("guest.back")}
        </Link>
      </div>
    );
  }
  const view = await orContentMissing(orNotFound(resultViewOf(a, ctx.companyName, locale)));
  if (!view) return <UpdateInProgress text={t("errors.contentMissing")} retryLabel={t("errorPage.retry")} href={`${base}/result`} />;
  return (
    <ResultBody
      view={view}
      companyHref={home}
      actions={
        <>
          <Link href={home} className={buttonClass("primary")}>
            {t("guest.back")}
          </Link>
          {ctx.can("pdf.export") && (
            <a href={`/api${base}/pdf`} className={buttonClass("secondary")} download>
              {t("result.downloadPdf")}
            </a>
          )}
          {ctx.via.kind === "guest" && ctx.via.origin === "workshop" && (
            <Link href={`${home}#ws-claim`} className={buttonClass("secondary")} data-testid="claim-offer">
              {t("workshops.home.claimTitle")}
            </Link>
          )}
        </>
      }
    />
  );
}
