import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/page-errors";
import { requireWorkshop } from "@/lib/workshops/access";
import { consentedCompanies, workshopLog, type WorkshopLogEntry } from "@/lib/workshops/queries";
import { liveState } from "@/lib/workshops/publish";
import { dateFormat } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";
import { JsonButton } from "@/components/ui/json-form";
import { JoinPanel } from "./join-panel";
import { KForm } from "./k-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.title") };
}

/** One workshop for its advisor: how to join (code, link, QR), the state, open/close, and the companies that consented. */
export default async function WorkshopPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await requirePageUser(`/advisor/workshops/${workshopId}`);
  const w = await orNotFound(requireWorkshop(user, workshopId));
  const { t, locale } = await getT();
  const [state, consent, log] = await Promise.all([liveState(w), consentedCompanies(w), workshopLog(w)]);
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const closed = w.status === "closed";
  return (
    <div className="space-y-6">
      <p><Link href="/advisor/workshops" className="text-sm font-semibold text-brand-800 underline">{t("workshops.detail.back")}</Link></p>
      <div>
        <h1 className="text-2xl font-bold">{w.title}</h1>
        <p className="mt-1 text-slate-700">{t("workshops.detail.when", { date: dateFormat(locale, { dateStyle: "long" }).format(w.date), place: w.place })}</p>
      </div>
      <JoinPanel workshopId={w.id} code={w.joinCode} />
      <section aria-labelledby="ws-status" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="ws-status" className="text-lg font-semibold">{t("workshops.detail.statusTitle")}</h2>
        <p data-testid="workshop-counts">{t("workshops.detail.counts", { companies: state.companies, finished: state.finished })}</p>
        <p className={closed ? "font-semibold text-amber-900" : "text-slate-700"} data-testid="workshop-status">{closed ? t("workshops.detail.closedNote") : t("workshops.detail.openNote")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/advisor/workshops/${w.id}/projector`} className={buttonClass("primary")}>{t("workshops.detail.projector")}</Link>
          {closed ? (
            <JsonButton action={`/api/workshops/${w.id}`} method="PATCH" body={{ status: "open" }} label={t("workshops.detail.reopen")} variant="secondary" testId="workshop-reopen" />
          ) : (
            <JsonButton action={`/api/workshops/${w.id}`} method="PATCH" body={{ status: "closed" }} label={t("workshops.detail.close")} confirmText={t("workshops.detail.closeConfirm")} variant="secondary" testId="workshop-close" />
          )}
        </div>
        {state.publication ? (
          <ul className="space-y-1" data-testid="group-downloads">
            <li><a href={`/api/workshops/${w.id}/group.pdf`} download className="text-sm font-semibold text-brand-800 underline" data-testid="group-pdf">{t("workshops.detail.pdf")}</a></li>
            <li><a href={`/api/workshops/${w.id}/group.csv`} download className="text-sm font-semibold text-brand-800 underline" data-testid="group-csv">{t("workshops.detail.csv")}</a></li>
          </ul>
        ) : (
          <p className="text-sm text-slate-700" data-testid="group-downloads-none">{t("workshops.detail.downloadsNone", { k: w.k })}</p>
        )}
        {state.publication ? (
          <p className="text-sm text-slate-700" data-testid="workshop-k-fixed">{t("workshops.detail.kFixed", { k: w.k })}</p>
        ) : (
          <KForm workshopId={w.id} k={w.k} labels={{ field: t("workshops.form.k"), hint: t("workshops.detail.kChangeHint"), save: t("workshops.detail.kSave"), saved: t("workshops.detail.kSaved") }} />
        )}
      </section>
      <section aria-labelledby="ws-consent" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="ws-consent" className="text-lg font-semibold">{t("workshops.detail.consentTitle")}</h2>
        <p className="text-slate-700">{t("workshops.detail.consentIntro")}</p>
        {consent.consented.length === 0 ? (
          <p className="text-slate-700" data-testid="consent-none">{t("workshops.detail.consentNone")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="consent-list">
            {consent.consented.map((c) => (
              <li key={c.companyId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-semibold">{c.name}</span>
                <Link href={`/companies/${c.companyId}/dashboard`} className="text-sm font-semibold text-brand-800 underline">{t("workshops.detail.openResult")}</Link>
              </li>
            ))}
          </ul>
        )}
        {state.companies > 0 && <p className="text-sm text-slate-600">{t("workshops.detail.consentWithout", { count: consent.without })}</p>}
      </section>
      <section aria-labelledby="ws-log" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="ws-log" className="text-lg font-semibold">{t("workshops.detail.logTitle")}</h2>
        <p className="text-sm text-slate-700">{t("workshops.detail.logIntro")}</p>
        {log.length === 0 ? (
          <p className="text-sm text-slate-700">{t("workshops.detail.logEmpty")}</p>
        ) : (
          <ol className="divide-y divide-slate-100 text-sm" data-testid="workshop-log">
            {log.map((e) => (
              <li key={e.seq} className="flex flex-wrap gap-x-3 py-1.5" data-action={e.action}>
                <time dateTime={e.at.toISOString()} className="whitespace-nowrap text-slate-600">{when.format(e.at)}</time>
                <span>{logText(e, t)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="text-sm text-slate-700" data-testid="workshop-next">{t(nextStep(closed, !!state.publication))}</p>
    </div>
  );
}

/** The page's last line: what the advisor does next, for the workshop's state. */
function nextStep(closed: boolean, published: boolean) {
  if (closed) return published ? "workshops.detail.nextClosed" : "workshops.detail.nextClosedEmpty";
  return published ? "workshops.detail.nextPublished" : "workshops.detail.next";
}

type T = Awaited<ReturnType<typeof getT>>["t"];

/** One line of the workshop's history, in the reader's language. */
function logText(e: WorkshopLogEntry, t: T): string {
  const n = (v: unknown) => (typeof v === "number" ? v : "–");
  const language = e.meta.locale === "en" || e.meta.locale === "de" ? t(`workshops.detail.languages.${e.meta.locale}`) : "–";
  switch (e.action) {
    case "workshop.create":
      return t("workshops.detail.log.create", { k: n(e.meta.k) });
    case "workshop.k":
      return t("workshops.detail.log.k", { from: n(e.meta.from), to: n(e.meta.to) });
    case "workshop.close":
      return t("workshops.detail.log.close");
    case "workshop.open":
      return t("workshops.detail.log.open");
    case "workshop.group.pdf":
      return t("workshops.detail.log.group_pdf", { seq: n(e.meta.seq), language });
    case "workshop.group.csv":
      return t("workshops.detail.log.group_csv", { seq: n(e.meta.seq), language });
  }
}
