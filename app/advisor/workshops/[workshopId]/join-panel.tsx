import { getT } from "@/lib/i18n/server";
import { formatJoinCode } from "@/lib/workshops/join-code";
import { joinQrSvg, joinUrl } from "@/lib/workshops/qr";

/**
 * How to join: the code, the link and the QR code (SVG made on the server). `large` for the
 * projector, where it stays visible all the time for people who come late.
 */
export async function JoinPanel({ workshopId, code, large = false }: { workshopId: string; code: string; large?: boolean }) {
  const { t } = await getT();
  const url = joinUrl(code);
  const svg = await joinQrSvg(code);
  return (
    <section aria-labelledby="ws-join" className={large ? "flex items-center gap-8" : "rounded-xl bg-white p-6 shadow-sm"}>
      <div className={large ? "order-2" : "flex flex-wrap items-start gap-6"}>
        <div
          role="img"
          aria-label={t("workshops.detail.qrLabel")}
          className={large ? "h-56 w-56 [&_svg]:h-full [&_svg]:w-full" : "h-44 w-44 shrink-0 [&_svg]:h-full [&_svg]:w-full"}
          dangerouslySetInnerHTML={{ __html: svg }}
          data-testid="join-qr"
        />
        {!large && (
          <div className="min-w-0 space-y-2">
            <h2 id="ws-join" className="text-lg font-semibold">{t("workshops.detail.joinTitle")}</h2>
            <p>
              {t("workshops.detail.code")}: <strong className="font-mono text-2xl tracking-wider" data-testid="join-code">{formatJoinCode(code)}</strong>
            </p>
            <p className="break-all">
              {t("workshops.detail.link")}: <a href={url} className="font-semibold text-brand-800 underline" data-testid="join-link">{url}</a>
            </p>
            <p className="text-sm text-slate-600">{t("workshops.detail.printHint")}</p>
            <a href={`/api/workshops/${workshopId}/qr.svg?download=1`} download className="text-sm font-semibold text-brand-800 underline">{t("workshops.detail.qrDownload")}</a>
          </div>
        )}
      </div>
      {large && (
        <div className="order-1 text-right">
          <h2 id="ws-join" className="text-2xl font-semibold text-slate-700">{t("workshops.projector.code")}</h2>
          <p className="font-mono text-6xl font-bold tracking-widest text-slate-900" data-testid="join-code">{formatJoinCode(code)}</p>
          <p className="mt-2 text-2xl text-slate-800">{t("workshops.projector.joinAt", { url: url.replace(/^https?:\/\//, "") })}</p>
        </div>
      )}
    </section>
  );
}
