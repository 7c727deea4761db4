import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/lib/auth/page-access";
import { getCooperation } from "@/lib/cooperations/queries";
import { orNotFound } from "@/lib/http/page-errors";
import { PrintButton } from "../../forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ companyId: string; cooperationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cooperation.profile.title") };
}

/** Step 2's requirements profile as a page to print or save as PDF and pass on. */
export default async function ProfilePrintPage({ params }: Props) {
  const { companyId, cooperationId } = await params;
  const base = `/companies/${companyId}/cooperations/${cooperationId}`;
  const { ctx } = await requirePageAccess(companyId, "results.read", `${base}/profile`);
  const { t } = await getT();
  const c = await orNotFound(getCooperation(ctx, cooperationId));
  const p = c.profile;
  const block = (label: string, body: string | string[]) => (
    <section className="break-inside-avoid">
      <h2 className="text-lg font-semibold">{label}</h2>
      {Array.isArray(body) ? (
        body.length ? <ul className="ml-5 list-disc">{body.map((x, i) => <li key={i}>{x}</li>)}</ul> : <p className="text-slate-600">{t("cooperation.profile.empty")}</p>
      ) : (
        <p className="whitespace-pre-line">{body || t("cooperation.profile.empty")}</p>
      )}
    </section>
  );
  return (
    <article className="mx-auto max-w-3xl space-y-5 rounded-xl bg-white p-6 shadow-sm print:shadow-none" data-testid="profile-sheet">
      <p className="text-sm print:hidden"><Link href={`${base}/steps/partner`} className="underline">{t("cooperation.steps.partner.title")}</Link></p>
      <h1 className="text-2xl font-bold">{t("cooperation.profile.printTitle", { partner: c.partnerName })}</h1>
      <p className="text-slate-700">{t("cooperation.profile.printIntro", { company: ctx.companyName, field: c.field, goal: c.goal })}</p>
      {block(t("cooperation.profile.partnerBrings"), p.partnerBrings)}
      {block(t("cooperation.profile.weBring"), p.weBring)}
      {block(t("cooperation.profile.mustHavesHeading"), p.mustHaves)}
      {block(t("cooperation.profile.niceToHavesHeading"), p.niceToHaves)}
      <p className="text-sm text-slate-600 print:hidden">{t("cooperation.profile.printHint")}</p>
      <PrintButton label={t("cooperation.profile.printButton")} />
    </article>
  );
}
