import type { Metadata } from "next";
import { grantParts } from "@/lib/auth/policy";
import { getT } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { previewGrant } from "@/lib/grants/mutations";
import { dateFormat } from "@/lib/i18n/config";
import { TokenPage } from "@/components/people/token-page";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.token.grantTitle") };
}

export default async function GrantPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t, locale } = await getT();
  const preview = await previewGrant(token).catch(() => null);
  const user = await currentUser();
  return (
    <TokenPage kind="grant" token={token} preview={preview} signedInAs={user?.email ?? null} path={`/grant/${token}`}>
      {preview && (
        <>
          <h1 className="text-2xl font-bold">{t("people.token.grantHeading", { company: preview.companyName })}</h1>
          <p className="text-slate-700">{t("people.token.grantParts", { parts: grantParts(preview.scopes).map((s) => t(`people.scopes.${s}` as never)).join(", "), date: dateFormat(locale, { dateStyle: "long" }).format(preview.expiresAt) })}</p>
          <p className="text-sm text-slate-600">{t("people.token.grantLogged")}</p>
        </>
      )}
    </TokenPage>
  );
}
