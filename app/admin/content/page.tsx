import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { requireAdmin } from "@/lib/auth/admin";
import { orNotFound } from "@/lib/http/page-errors";
import { loadContentOverview } from "@/lib/content/admin";
import type { HashStatus } from "@/lib/content/manifest";
import { dateFormat } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("adminContent.pageTitle") };
}

const hashClass: Record<HashStatus | "unknown", string> = {
  ok: "text-emerald-800",
  changed: "font-semibold text-red-800",
  unlisted: "font-semibold text-amber-800",
  missing: "font-semibold text-red-800",
  unknown: "text-slate-600",
};

export default async function AdminContentPage() {
  const user = await requirePageUser("/admin/content");
  await orNotFound(Promise.resolve().then(() => requireAdmin(user)));
  const { t, locale } = await getT();
  const o = loadContentOverview();
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const fmt = (d: string) => date.format(new Date(`${d}T00:00:00Z`));
  const fileCount = o.questionnaires.reduce((n, q) => n + q.versions.length, 0) + o.catalogues.length;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("adminContent.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("adminContent.intro")}</p>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("adminContent.howToChange")}</p>
      </div>

      {o.manifestOk ? (
        <p role="status" data-manifest="ok" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
          {t("adminContent.manifestOk", { count: fileCount })}
        </p>
      ) : (
        <div role="alert" data-manifest="broken" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t("adminContent.manifestBroken", { count: o.problems.length })}</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {o.problems.map((p) => (
              <li key={p.file}>
                <code>{p.file}</code>: {t(`adminContent.hash.${p.status}`)}
              </li>
            ))}
          </ul>
        </div>
      )}

      {o.questionnaires.map((q) => (
        <section key={q.key} aria-labelledby={`q-${q.key}`} className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`q-${q.key}`} className="text-lg font-semibold">
            {q.title[locale]}
          </h2>
          <p className="text-sm text-slate-600">{t("adminContent.keyLabel", { key: q.key })}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[760px] text-left text-sm">
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-4">{t("adminContent.col.version")}</th>
                  <th scope="col" className="py-2 pr-4">{t("adminContent.col.published")}</th>
                  <th scope="col" className="py-2 pr-4">{t("adminContent.col.questions")}</th>
                  <th scope="col" className="py-2 pr-4">{t("adminContent.col.items")}</th>
                  <th scope="col" className="py-2 pr-4">{t("adminContent.col.hash")}</th>
                  <th scope="col" className="py-2">{t("adminContent.col.preview")}</th>
                </tr>
              </thead>
              <tbody>
                {q.versions.map((v) => {
                  const base = `/admin/content/${q.key}/${v.version}`;
                  return (
                    <tr key={v.version} className="border-t border-slate-100 align-top" data-version={`${q.key}@${v.version}`}>
                      <td className="py-2 pr-4 font-semibold">
                        {v.version}
                        {v.newest && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-normal text-brand-800">{t("adminContent.newest")}</span>}
                      </td>
                      <td className="py-2 pr-4 whitespace-nowrap">{fmt(v.publishedAt)}</td>
                      <td className="py-2 pr-4">{t("adminContent.questionCount", { questions: v.questions, pages: v.pages })}</td>
                      <td className="min-w-[16rem] py-2 pr-4">
                        {v.dimensions.length === 0 ? (
                          <span className="text-slate-600">{t("adminContent.notScored")}</span>
                        ) : (
                          <ul>
                            {v.dimensions.map((d) => (
                              <li key={d.id}>
                                {d.title[locale]}: {t("adminContent.itemCount", { count: d.items })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className={`py-2 pr-4 ${hashClass[v.hash]}`}>{t(`adminContent.hash.${v.hash}`)}</td>
                      <td className="py-2">
                        <ul className="space-y-1">
                          {(["de", "en"] as const).map((lang) => (
                            <li key={lang}>
                              <Link href={`${base}?lang=${lang}`} className="text-brand-700 underline">
                                {t("adminContent.previewLink", { lang })}
                              </Link>
                            </li>
                          ))}
                          {v.perspectives.includes("partner") &&
                            (["de", "en"] as const).map((lang) => (
                              <li key={`p-${lang}`}>
                                <Link href={`${base}?lang=${lang}&perspective=partner`} className="text-brand-700 underline">
                                  {t("adminContent.previewPartner", { lang })}
                                </Link>
                              </li>
                            ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <section aria-labelledby="catalogues" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="catalogues" className="text-lg font-semibold">
          {t("adminContent.catalogues")}
        </h2>
        <ul className="mt-2 text-sm">
          {o.catalogues.map((c) => (
            <li key={c.version} data-version={`measures@${c.version}`}>
              <span className="font-semibold">{c.version}</span> · {fmt(c.publishedAt)} · {t("adminContent.measureCount", { count: c.measures })} ·{" "}
              <span className={hashClass[c.hash]}>{t(`adminContent.hash.${c.hash}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="rounded-lg border border-brand-100 bg-brand-50 p-5" aria-labelledby="next-step">
        <h2 id="next-step" className="font-semibold">
          {t("adminContent.nextStep")}
        </h2>
        <p className="mt-1 text-sm">{t("adminContent.nextStepText")}</p>
      </section>
    </div>
  );
}
