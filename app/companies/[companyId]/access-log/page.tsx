import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { readAccessLog } from "@/lib/audit/queries";
import { dateFormat } from "@/lib/i18n/config";
import { CompanyNav } from "../company-nav";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.log.pageTitle") };
}

const known = new Set(["read", "company", "assessment", "plan", "result", "member", "invitation", "grant", "cooperation", "workshop"]);

/** The company's own access log: who read or changed what, when, through which grant; with the chain check. */
export default async function AccessLogPage({ params }: Props) {
  const { companyId } = await params;
  const { ctx } = await requirePageAccess(companyId, "audit.read", `/companies/${companyId}/access-log`);
  const { t, locale } = await getT();
  const log = await readAccessLog(ctx);
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const outsiders = log.entries.filter((e) => e.outsider).length;
  const actionText = (a: string) => (known.has(a.split(".")[0]) ? t(`people.log.actions.${a.replace(/\./g, "_")}` as never) : a);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("people.log.title", { company: ctx.companyName })}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t("people.log.intro")}</p>
        <CompanyNav companyId={companyId} ctx={ctx} current="log" />
      </div>
      <section aria-labelledby="chain" className={`rounded-xl border p-4 ${log.check.ok ? "border-green-200 bg-green-50" : "border-red-300 bg-red-50"}`} data-testid="chain-check" data-ok={log.check.ok}>
        <h2 id="chain" className="font-semibold">{log.check.ok ? t("people.log.chainOk") : t("people.log.chainBroken", { seq: log.check.brokenAt })}</h2>
        <p className="mt-1 text-sm">{t("people.log.chainText", { count: log.total })}{log.check.legacy ? ` ${t("people.log.legacy", { count: log.check.legacy })}` : ""}</p>
      </section>
      <p className="text-sm text-slate-700">{t("people.log.outsiders", { count: outsiders })}</p>
      {log.entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-slate-700">{t("people.log.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-labelledby="log-caption">
          <table className="w-full text-left text-sm" data-testid="access-log">
            <caption id="log-caption" className="sr-only">{t("people.log.caption")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("people.log.col.when")}</th>
                <th scope="col" className="px-3 py-2">{t("people.log.col.who")}</th>
                <th scope="col" className="px-3 py-2">{t("people.log.col.what")}</th>
                <th scope="col" className="px-3 py-2">{t("people.log.col.via")}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((e) => (
                <tr key={e.seq} className={`border-t border-slate-100 ${e.outsider ? "bg-amber-50" : ""}`} data-outsider={e.outsider || undefined}>
                  <td className="whitespace-nowrap px-3 py-2">{when.format(e.at)}</td>
                  <td className="break-all px-3 py-2">{e.actor}</td>
                  <td className="px-3 py-2">
                    {actionText(e.action)}
                    {e.action.startsWith("read.") && e.target ? <span className="block break-all text-xs text-slate-600">{e.target}</span> : null}
                  </td>
                  <td className="px-3 py-2">{e.via.startsWith("grant:") ? t("people.log.viaGrant") : e.via.startsWith("token") || e.via.startsWith("guest:") ? t("people.log.viaLink") : t("people.log.viaMember")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="rounded-xl border border-brand-100 bg-brand-50 p-5">
        <h2 className="font-semibold">{t("people.log.nextTitle")}</h2>
        <p className="mt-1 text-sm">{t("people.log.nextText")}</p>
        <a href={`/companies/${companyId}/people#advisors`} className="mt-3 inline-block font-semibold text-brand-800 underline">{t("people.log.nextLink")}</a>
      </section>
    </div>
  );
}
