import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import { AcceptButton } from "./accept-button";

/**
 * The page behind an invitation or grant link: what accepting means, then "accept" for a signed-in
 * user, or sign in / register with the way back here. An invalid link says so plainly.
 */
export async function TokenPage({ kind, token, preview, signedInAs, path, children }: { kind: "invite" | "grant"; token: string; preview: { email: string | null } | null; signedInAs: string | null; path: string; children?: React.ReactNode }) {
  const { t } = await getT();
  if (!preview) {
    return (
      <div className="mx-auto max-w-xl rounded-xl bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">{t("people.token.invalidTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("people.token.invalidText")}</p>
        <Link href="/" className={`${buttonClass("secondary")} mt-4`}>{t("people.token.home")}</Link>
      </div>
    );
  }
  const back = encodeURIComponent(path);
  const wrongAccount = signedInAs && preview.email && preview.email !== signedInAs.toLowerCase();
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-8 shadow-sm">
      {children}
      {preview.email && <p className="text-sm text-slate-700">{t("people.token.forEmail", { email: preview.email })}</p>}
      {signedInAs ? (
        wrongAccount ? (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{t("people.token.wrongAccount", { email: preview.email!, current: signedInAs })}</p>
        ) : (
          <AcceptButton action={kind === "invite" ? "/api/invitations/accept" : "/api/grants/accept"} token={token} label={kind === "invite" ? t("people.token.acceptInvite") : t("people.token.acceptGrant")} />
        )
      ) : (
        <div className="flex flex-wrap gap-3">
          <Link href={`/login?callbackUrl=${back}`} className={buttonClass("primary")}>{t("people.token.signIn")}</Link>
          <Link href={`/register?callbackUrl=${back}${preview.email ? `&email=${encodeURIComponent(preview.email)}` : ""}`} className={buttonClass("secondary")}>{t("people.token.register")}</Link>
        </div>
      )}
    </div>
  );
}
