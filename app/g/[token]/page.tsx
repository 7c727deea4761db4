import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requireGuestPage } from "@/lib/guests/access";
import { guestOffers } from "@/lib/guests/offers";
import { listOwnAssessments } from "@/lib/assessments/queries";
import { WorkshopHome } from "./workshop-home";
import { PartnerHome } from "./partner-home";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("guest.pageTitle"), referrer: "no-referrer" };
}

/** A guest's home behind its link: what it may answer, and what its workshop or cooperation says. */
export default async function GuestHomePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { notice } = await searchParams;
  const ctx = await requireGuestPage(token, "answer", `/g/${token}`, { home: true });
  const { t } = await getT();
  const [offers, assessments] = await Promise.all([guestOffers(ctx), listOwnAssessments(ctx)]);
  const noticeText = notice && /^[A-Za-z]{1,40}$/.test(notice) && t.has(`errors.${notice}` as never) ? t(`errors.${notice}` as never) : null;
  const Home = ctx.via.kind === "guest" && ctx.via.origin === "partner" ? PartnerHome : WorkshopHome;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">{ctx.companyName}</p>
        <h1 className="mt-1 text-2xl font-bold">{t("guest.pageTitle")}</h1>
      </div>
      {noticeText && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="guest-notice">
          {noticeText}
        </p>
      )}
      <Home ctx={ctx} token={token} offers={offers} assessments={assessments} />
      <p className="text-sm text-slate-700" data-testid="guest-keep-link">
        {t("guest.keepLink")}
      </p>
    </div>
  );
}
