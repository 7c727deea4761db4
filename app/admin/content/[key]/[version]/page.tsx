import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { requireAdmin } from "@/lib/auth/admin";
import { orNotFound } from "@/lib/http/page-errors";
import { contentRegistry } from "@/lib/content";
import { prepareSurvey } from "@/lib/content/prepare";
import { PreviewClient } from "@/components/survey/preview-client";
import { dateFormat } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ key: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const querySchema = z.object({
  lang: z.enum(["de", "en"]).optional().catch(undefined),
  perspective: z.enum(["self", "partner"]).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getT();
  const { key, version } = await params;
  const q = contentRegistry().get(key, version);
  return { title: t("adminContent.preview.pageTitle", { title: q ? `${q.title[locale]} ${q.version}` : key }) };
}

export default async function ContentPreviewPage({ params, searchParams }: Props) {
  const { key, version } = await params;
  const user = await requirePageUser(`/admin/content/${key}/${version}`);
  await orNotFound(Promise.resolve().then(() => requireAdmin(user)));
  const q = contentRegistry().get(key, version);
  if (!q) notFound();
  const { t, locale } = await getT();
  const query = querySchema.parse(await searchParams);
  const lang = query.lang ?? locale;
  const perspective = query.perspective && q.perspectives.includes(query.perspective) ? query.perspective : "self";
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${q.publishedAt}T00:00:00Z`));
  const base = `/admin/content/${q.key}/${q.version}`;
  const link = (l: string, p: string) => `${base}?lang=${l}${p === "partner" ? "&perspective=partner" : ""}`;
  const pill = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-800 hover:bg-brand-50"}`;

  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/admin/content" className="underline">
            {t("adminContent.preview.back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold" lang={lang}>
          {q.title[lang]}
        </h1>
        <p className="text-sm text-slate-700">
          {q.key} · {t("adminContent.preview.meta", { version: q.version, date, minutes: q.estimatedMinutes })}
        </p>
        <p className="mt-2 text-sm text-slate-700">{t("adminContent.preview.readOnly")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex items-center gap-2" role="group" aria-label={t("adminContent.preview.language")}>
          <span className="text-sm text-slate-700">{t("adminContent.preview.language")}:</span>
          {(["de", "en"] as const).map((l) => (
            <Link key={l} href={link(l, perspective)} className={pill(l === lang)} aria-current={l === lang ? "page" : undefined}>
              {t(`adminContent.preview.${l}`)}
            </Link>
          ))}
        </div>
        {q.perspectives.length > 1 && (
          <div className="flex items-center gap-2" role="group" aria-label={t("adminContent.preview.perspective")}>
            <span className="text-sm text-slate-700">{t("adminContent.preview.perspective")}:</span>
            {q.perspectives.map((p) => (
              <Link key={p} href={link(lang, p)} className={pill(p === perspective)} aria-current={p === perspective ? "page" : undefined}>
                {t(`adminContent.preview.${p}`)}
              </Link>
            ))}
          </div>
        )}
      </div>
      <div lang={lang}>
        <PreviewClient key={`${lang}-${perspective}`} surveyJson={prepareSurvey(q, lang, perspective)} locale={lang} />
      </div>
    </div>
  );
}
