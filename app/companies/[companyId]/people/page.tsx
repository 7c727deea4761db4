import type { Metadata } from "next";
import { grantParts } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { listPeople } from "@/lib/people/members";
import { listGrants } from "@/lib/grants/queries";
import { mailConfigured } from "@/lib/mail/send";
import { contentRegistry } from "@/lib/content";
import { dateFormat } from "@/lib/i18n/config";
import { CompanyNav } from "../company-nav";
import { InviteForm, GrantForm, MemberActions, InvitationActions, GrantActions, LeaveButton } from "./people-forms";

export const dynamic = "force-dynamic";

const isoDay = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.pageTitle") };
}

/** Who belongs to the company, where each stands, open invitations, and the advisors it lets in. */
export default async function PeoplePage({ params }: Props) {
  const { companyId } = await params;
  const { ctx } = await requirePageAccess(companyId, "people.read", `/companies/${companyId}/people`);
  const { t, locale } = await getT();
  const manage = ctx.can("members.manage");
  const [{ people, invitations }, grants] = await Promise.all([listPeople(ctx), ctx.can("grants.manage") ? listGrants(ctx) : Promise.resolve(null)]);
  const day = dateFormat(locale, { dateStyle: "medium" });
  const registry = contentRegistry();
  const title = (key: string) => registry.latest(key)?.title[locale] ?? key;
  const owners = people.filter((p) => p.role === "owner").length;
  const unfinished = people.filter((p) => !p.progress.some((s) => s.status === "submitted")).length;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("people.title", { company: ctx.companyName })}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("people.intro")}</p>
        <CompanyNav companyId={companyId} ctx={ctx} current="people" />
      </div>

      <section aria-labelledby="members" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="members" className="text-lg font-semibold">{t("people.members.title", { count: people.length })}</h2>
        <p className="mt-1 text-sm text-slate-700">{unfinished ? t("people.members.unfinished", { count: unfinished }) : t("people.members.allDone")}</p>
        <ul className="mt-4 divide-y divide-slate-100" data-testid="member-list">
          {people.map((p) => (
            <li key={p.userId} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="member" data-email={p.email} data-user-id={p.userId}>
              <div className="min-w-0">
                <p className="font-semibold">
                  {p.name} {p.isYou && <span className="text-sm font-normal text-slate-600">({t("people.you")})</span>}
                </p>
                <p className="break-all text-sm text-slate-600">{p.email} · {t(`people.roles.${p.role}`)}</p>
                <p className="mt-1 text-sm" data-testid="member-progress">
                  {p.progress.length === 0
                    ? t("people.progress.none")
                    : p.progress.map((s) => t(s.status === "submitted" ? "people.progress.done" : "people.progress.started", { title: title(s.questionnaireKey), date: day.format(s.at) })).join(" · ")}
                </p>
              </div>
              {manage && !p.isYou && <MemberActions companyId={companyId} userId={p.userId} name={p.name} role={p.role} canRemind={!p.progress.some((s) => s.status === "submitted")} />}
              {p.isYou && (p.role !== "owner" || owners > 1) && <LeaveButton companyId={companyId} />}
              {p.isYou && p.role === "owner" && owners <= 1 && <p className="max-w-xs text-sm text-slate-600">{t("people.lastOwnerHint")}</p>}
            </li>
          ))}
        </ul>
      </section>

      {manage && (
        <section aria-labelledby="invite" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="invite" className="text-lg font-semibold">{t("people.invite.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("people.invite.intro")}</p>
          {!mailConfigured() && <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("people.noSmtp")}</p>}
          <div className="mt-4"><InviteForm companyId={companyId} /></div>
          {invitations.length > 0 && (
            <>
              <h3 className="mt-6 font-semibold">{t("people.invitations.title")}</h3>
              <ul className="mt-2 divide-y divide-slate-100" data-testid="invitation-list">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="invitation" data-invitation-id={i.id}>
                    <div>
                      <p className="font-medium">{i.email ?? t("people.invitations.link")}</p>
                      <p className="text-sm text-slate-600">
                        {t(`people.roles.${i.role}`)} · {i.expired ? t("people.invitations.expired") : t("people.invitations.until", { date: day.format(i.expiresAt) })}
                        {i.remindedAt ? ` · ${t("people.invitations.reminded", { date: day.format(i.remindedAt) })}` : ""}
                      </p>
                    </div>
                    <InvitationActions companyId={companyId} invitationId={i.id} canRemind={!!i.email} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {grants && (
        <section aria-labelledby="advisors" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="advisors" className="text-lg font-semibold">{t("people.grant.title")}</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("people.grant.intro")}</p>
          <div className="mt-4"><GrantForm companyId={companyId} companyName={ctx.companyName} today={isoDay(0)} inSixMonths={isoDay(182)} /></div>
          {grants.length > 0 && (
            <ul className="mt-6 divide-y divide-slate-100" data-testid="grant-list">
              {grants.map((g) => (
                <li key={g.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="grant" data-state={g.state} data-grant-id={g.id} data-email={g.email}>
                  <div>
                    <p className="break-all font-medium">{g.email}</p>
                    <p className="text-sm text-slate-600">
                      {grantParts(g.scopes).map((s) => t(`people.scopes.${s}` as never)).join(", ")} · {t(`people.grant.state.${g.state}`, { date: day.format(g.expiresAt) })}
                    </p>
                  </div>
                  {(g.state === "active" || g.state === "pending") && <GrantActions companyId={companyId} grantId={g.id} email={g.email} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
