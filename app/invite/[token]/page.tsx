import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { previewInvitation } from "@/lib/people/invitations";
import { dateFormat } from "@/lib/i18n/config";
import { TokenPage } from "@/components/people/token-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.token.inviteTitle") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await getT();
  const preview = await previewInvitation(token).catch(() => null);
  const user = await currentUser();
  return (
    <TokenPage kind="invite" token={token} preview={preview} signedInAs={user?.email ?? null} path={`/invite/${token}`}>
      {preview && (
        <>
          <h1 className="text-2xl font-bold">{t("people.token.inviteHeading", { company: preview.companyName })}</h1>
          <p className="text-slate-700">{t(`people.token.inviteRole.${preview.role}`)}</p>
          <p className="text-sm text-slate-600">{t("people.token.validUntil", { date: dateFormat(locale, { dateStyle: "long" }).format(preview.expiresAt) })}</p>
        </>
      )}
    </TokenPage>
  );
}
