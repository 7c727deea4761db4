import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { currentUserAndMembership } from "@/lib/auth/session";
import { requireAccess } from "@/lib/auth/access";
import { getCompanyWithProfile } from "@/lib/companies/queries";
import { profileFacts } from "@/lib/companies/profile";
import { listAssessments } from "@/lib/assessments/queries";
import { contentRegistry } from "@/lib/content";
import { isAppError } from "@/lib/errors";
import { buttonClass } from "@/components/ui/button";
import { StartButton } from "./dashboard/start-button";
import { AccessModeProvider } from "./dashboard/access-mode";
import { CompanyNav } from "./company-nav";
import { ProfileSummary } from "./profile-summary";
import { dateFormat } from "@/lib/i18n/config";
import { cardOrder, cardStatus } from "./card-status";
import { timeEstimate } from "@/lib/content/time-estimate";
import { ClientIntl } from "@/components/client-intl";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

/** The tab shows the company's name (checked like the page itself); a company one cannot see is "not found". */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getT();
  const { companyId } = await params;
  // the same read as the page's own check (one statement per request, lib/auth/principal.ts)
  const { user, member } = await currentUserAndMembership(companyId);
  if (!user) return { title: t("company.pageTitle") };
  try {
    return { title: (await requireAccess(user, companyId, "company.read", member)).companyName };
  } catch (e) {
    if (isAppError(e)) return { title: t("notFound.title") };
    throw e;
  }
}

export default async function CompanyPage({ params }: Props) {
  const { companyId } = await params;
  const { user, ctx } = await requirePageAccess(companyId, "company.read", `/companies/${companyId}`);
  const { t, locale } = await getT();
  const [company, assessments] = await Promise.all([getCompanyWithProfile(ctx), listAssessments(ctx)]);
  const profile: unknown = company.profile;
  const registry = contentRegistry();
  const questionnaires = cardOrder(registry.current());
  const dateOnly = dateFormat(locale, { dateStyle: "medium" });
  // downloads only when there is something in them: a plan needs a submitted scored questionnaire
  const hasResult = assessments.some((a) => a.status === "submitted" && registry.get(a.questionnaireKey, a.contentVersion)?.kind === "scored");
  const fmt = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const drafts = assessments.filter((a) => a.status === "draft" && a.respondent.userId === user.id);
  const time = timeEstimate(registry.current());
  // the one place on this page that names content versions: the current ones and any older ones answered
  const versions = questionnaires
    .map((q) => {
      const used = new Set([q.version, ...assessments.filter((a) => a.questionnaireKey === q.key).map((a) => a.contentVersion)]);
      return `${q.title[locale]} ${t("company.version", { version: [...used].sort().join(", ") })}`;
    })
    .join(" · ");

  return (
    <ClientIntl namespaces={clientNamespaces.companyPage}>
      <AccessModeProvider mode={{ canAnswer: ctx.can("answer"), canEditPlan: ctx.can("plan.edit"), canExport: ctx.can("pdf.export") }}>
      <div className="space-y-8">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/companies" className="underline">
              {t("company.myCompanies")}
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-bold">{company.name}</h1>
          <p className="text-slate-700">
            {t(`nace.${company.industry}` as never)} · {t(`sizeBands.${company.sizeBand}` as never)} · {t(`regions.${company.region}` as never)}
          </p>
          <CompanyNav companyId={companyId} ctx={ctx} current="overview" />
        </div>

        <section className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-white p-5 shadow-sm" aria-labelledby="dashboard-link">
          <div className="min-w-0 flex-1">
            <h2 id="dashboard-link" className="font-semibold">{t("dashboard.pageTitle")}</h2>
            <p className="mt-1 text-sm text-slate-700">{t("dashboard.dashboardHint")}</p>
          </div>
          <Link href={`/companies/${companyId}/dashboard`} className={buttonClass("primary")} data-testid="open-dashboard">
            {t("dashboard.openDashboard")}
          </Link>
        </section>

        {drafts[0] && (
          <section className="rounded-lg border border-brand-100 bg-brand-50 p-5" aria-labelledby="next-step">
            <h2 id="next-step" className="font-semibold">
              {t("company.nextStep")}
            </h2>
            <p className="mt-1 text-sm">
              {t("company.continueHint", { title: registry.get(drafts[0].questionnaireKey, drafts[0].contentVersion)?.title[locale] ?? drafts[0].questionnaireKey })}
            </p>
            <Link href={`/companies/${companyId}/assessments/${drafts[0].id}`} className={`${buttonClass("primary")} mt-3`}>
              {t("company.continue")}
            </Link>
          </section>
        )}

        {(hasResult || assessments.length > 0) && <section aria-labelledby="plan-download" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="downloads">
          <h2 id="plan-download" className="text-lg font-semibold">
            {t("plan.ui.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("plan.ui.text")}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            {hasResult && (
              <>
                <a href={`/api/companies/${companyId}/plan.pdf`} download className={buttonClass("primary")}>
                  {t("plan.ui.download")}
                </a>
                <a href={`/api/companies/${companyId}/plan.csv`} download className={buttonClass("secondary")}>
                  {t("plan.ui.csv")}
                </a>
              </>
            )}
            {ctx.can("data.export") && (
              <a href={`/api/companies/${companyId}/export.json`} download className={buttonClass("secondary")}>
                {t("plan.ui.export")}
              </a>
            )}
            {ctx.can("data.export") && (
              <a href={`/api/companies/${companyId}/export.csv`} download className={buttonClass("secondary")}>
                {t("people.settings.exportCsv")}
              </a>
            )}
          </div>
          {ctx.can("data.export") && <p className="mt-2 text-xs text-slate-600">{t("plan.ui.exportHint")}</p>}
        </section>}

        <ProfileSummary
          facts={profileFacts(profile)}
          companyId={companyId}
          hasDraft={drafts.some((d) => d.questionnaireKey === "company-profile")}
        />

        <section aria-labelledby="questionnaires">
          <h2 id="questionnaires" className="text-lg font-semibold">
            {t("company.questionnaires")}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {questionnaires.map((q) => {
              const st = cardStatus(assessments, q.key, user.id);
              return (
              <li key={q.key} className={`flex flex-col rounded-lg border bg-white p-5 ${q.key === "digital-readiness" ? "border-brand-600" : "border-slate-200"}`} data-questionnaire={q.key} data-status={st.kind}>
                <h3 className="font-semibold">{q.title[locale]}</h3>
                <p className={`mt-1 self-start rounded px-2 py-0.5 text-xs font-semibold ${st.kind === "done" && st.mine ? "bg-green-100 text-green-900" : st.kind === "not-started" ? "bg-slate-100 text-slate-800" : "bg-amber-100 text-amber-900"}`} data-testid="card-status">
                  {/* a colleague who has not answered yet is told so, not "Abgeschlossen" (the others' status) */}
                  {st.kind === "done" ? (st.mine ? t("company.card.done", { date: dateOnly.format(st.at) }) : t("company.card.doneByOthers", { count: st.count, date: dateOnly.format(st.at) })) : st.kind === "in-progress" ? t("company.card.inProgress", { date: dateOnly.format(st.at) }) : t("company.card.notStarted")}
                </p>
                <p className="mt-1 flex-1 text-sm text-slate-700">{q.description[locale]}</p>
                <p className="mt-2 text-xs text-slate-600">
                  {t("company.versionAndTime", { minutes: q.estimatedMinutes })}
                </p>
                <div className="mt-3 flex flex-wrap gap-2">
                  {st.kind === "in-progress" && st.draftId && (
                    <Link href={`/companies/${companyId}/assessments/${st.draftId}`} className={buttonClass("primary")}>
                      {t("company.continue")}
                    </Link>
                  )}
                  {q.perspectives.map((p) => (
                    <StartButton key={p} companyId={companyId} questionnaireKey={q.key} perspective={p} variant={p === "self" && !(st.kind === "in-progress" && st.draftId) ? "primary" : "secondary"} label={q.perspectives.length > 1 && p === "self" ? t("company.startPerspective.self") : st.kind === "done" && st.mine ? t("company.card.again") : t("company.start")} />
                  ))}
                </div>
              </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="assessments">
          <h2 id="assessments" className="text-lg font-semibold">
            {t("company.assessments")}
          </h2>
          {assessments.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-5 text-slate-700">{t("company.noAssessments", { core: time.coreTitle?.[locale] ?? time.coreKey, minutes: time.coreMinutes })}</p>
          ) : (
            <div className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-labelledby="assessments">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-4 py-2">{t("company.col.questionnaire")}</th>
                    <th scope="col" className="px-4 py-2">{t("company.col.respondent")}</th>
                    <th scope="col" className="px-4 py-2">{t("company.col.status")}</th>
                    <th scope="col" className="px-4 py-2">{t("company.col.updated")}</th>
                    <th scope="col" className="px-4 py-2"><span className="sr-only">{t("company.col.actions")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {assessments.map((a) => {
                    const q = registry.get(a.questionnaireKey, a.contentVersion);
                    const base = `/companies/${companyId}/assessments/${a.id}`;
                    const overall = (a.snapshot?.scores as { overall?: number | null } | null)?.overall;
                    return (
                      <tr key={a.id} className="border-t border-slate-100">
                        <td className="px-4 py-2">
                          {q?.title[locale] ?? a.questionnaireKey}
                          {a.perspective === "partner" && <span className="block text-xs text-slate-600">{t("company.partnerView")}</span>}
                        </td>
                        <td className="px-4 py-2">{a.respondent.displayName}</td>
                        <td className="px-4 py-2">
                          {a.status === "draft" ? t("company.status.draft") : t("company.status.submitted")}
                          {typeof overall === "number" && <span className="block text-xs text-slate-600">{t("company.overallShort", { score: Math.round(overall) })}</span>}
                        </td>
                        <td className="px-4 py-2">{fmt.format(a.submittedAt ?? a.updatedAt)}</td>
                        <td className="px-4 py-2 text-right">
                          {a.status === "draft" ? (
                            a.respondent.userId === user.id && (
                              <Link href={base} className="font-semibold text-brand-700 underline">
                                {t("company.continue")}
                              </Link>
                            )
                          ) : q?.kind === "profile" ? (
                            <a href="#profile" className="font-semibold text-brand-700 underline">
                              {t("profileSummary.view")}
                            </a>
                          ) : (
                            <Link href={`${base}/result`} className="font-semibold text-brand-700 underline">
                              {t("company.viewResult")}
                            </Link>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <p className="text-xs text-slate-600" data-testid="content-versions">
          {t("company.about", { versions })}
        </p>
      </div>
      </AccessModeProvider>
    </ClientIntl>
  );
}
