import type { Metadata } from "next";
import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { isAppError } from "@/lib/errors";
import { tokenKeys } from "@/lib/http/client-ip";
import { MAX_WORKSHOP_PARTICIPANTS, previewJoin, type JoinPreview } from "@/lib/workshops/join";
import { dateFormat } from "@/lib/i18n/config";
import { CodeForm } from "../code-form";
import { JoinForm } from "./join-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.join.title"), referrer: "no-referrer" };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ c?: string }> };

/** The join page behind the code: who runs what, then company, optional e-mail and the consent choice. Wrong, closed, past and full workshops say so. */
export default async function JoinCodePage({ params, searchParams }: Props) {
  const { code } = await params;
  const { c } = await searchParams;
  const { t, locale } = await getT();
  const keys = tokenKeys(await headers());
  let preview: JoinPreview | null = null;
  let problem: "unknown" | "limited" | null = null;
  try {
    preview = await previewJoin(decodeURIComponent(code), keys, typeof c === "string" ? c : undefined);
  } catch (e) {
    if (!isAppError(e)) throw e;
    problem = e.code === "too_many_requests" ? "limited" : "unknown";
  }
  const day = dateFormat(locale, { dateStyle: "long" });
  if (!preview || preview.state !== "open") {
    const [title, text] = !preview
      ? [t("workshops.join.unknownTitle"), problem === "limited" ? t("errors.rateLimited") : t("workshops.join.unknown")]
      : preview.state === "closed"
        ? [t("workshops.join.closedTitle"), t("workshops.join.closed", { title: preview.title })]
        : preview.state === "full"
          ? [t("workshops.join.fullTitle"), t("workshops.join.full", { title: preview.title, max: MAX_WORKSHOP_PARTICIPANTS })]
          : [t("workshops.join.pastTitle"), t("workshops.join.past", { title: preview.title, date: day.format(preview.date) })];
    return (
      <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="join-refused">{text}</p>
        <h2 className="text-lg font-semibold">{t("workshops.join.tryAgain")}</h2>
        <CodeForm />
      </div>
    );
  }
  const colleagueInvalid = typeof c === "string" && !preview.colleagueOf;
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm sm:p-8">
      <p className="text-sm font-semibold text-brand-800">{t("workshops.join.title")}</p>
      <h1 className="text-2xl font-bold">{preview.title}</h1>
      <p className="text-slate-700">{t("workshops.join.when", { date: day.format(preview.date), place: preview.place })}</p>
      {preview.colleagueOf ? (
        <>
          <h2 className="text-lg font-semibold">{t("workshops.join.colleagueHeading", { company: preview.colleagueOf })}</h2>
          <p className="text-slate-700">{t("workshops.join.colleagueIntro")}</p>
        </>
      ) : (
        <p className="text-slate-700">{t("workshops.join.intro")}</p>
      )}
      {colleagueInvalid && <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("workshops.join.colleagueInvalid")}</p>}
      <JoinForm code={preview.code} colleague={preview.colleagueOf ? c! : null} />
    </div>
  );
}
