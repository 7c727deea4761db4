import type { translator } from "@/lib/i18n/server";
import type { TrustState } from "@/lib/cooperations/trust";
import { gapStatementId, type PillarComparison } from "@/lib/cooperations/compare";
import { questionText } from "@/lib/report/content-text";
import { contentRegistry } from "@/lib/content";
import type { Locale } from "@/lib/content/localize";

type T = ReturnType<typeof translator>;

const num = (v: number | null) => (v === null ? "–" : String(Math.round(v)));
const signed = (v: number | null) => (v === null ? "–" : `${v > 0 ? "+" : ""}${v}`);

/** A table of one direction of the comparison: self-image vs the other side's view, per pillar. */
function CompareTable({ caption, rows, selfLabel, viewLabel, t, testId }: { caption: string; rows: { id: string; self: number | null; view: number | null; gap: number | null }[]; selfLabel: string; viewLabel: string; t: T; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[18rem] text-left text-sm" data-testid={testId}>
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-2">{t("cooperation.trust.col.pillar")}</th>
            <th scope="col" className="py-1 pr-2 text-right">{selfLabel}</th>
            <th scope="col" className="py-1 pr-2 text-right">{viewLabel}</th>
            <th scope="col" className="py-1 text-right">{t("cooperation.trust.col.gap")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100" data-pillar={r.id}>
              <th scope="row" className="py-1.5 pr-2 font-medium">{t(`cooperation.trust.pillars.${r.id}` as never)}</th>
              <td className="py-1.5 pr-2 text-right tabular-nums">{num(r.self)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{num(r.view)}</td>
              <td className={`py-1.5 text-right font-semibold tabular-nums ${r.gap !== null && r.gap <= -15 ? "text-red-800" : "text-slate-800"}`}>{signed(r.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The comparison of the two-sided trust check, seen from one side: "us" is the viewer's side. The
 * partner's page passes `perspective="partner"`, which swaps the two directions and the labels.
 */
export function Comparison({ state, t, locale, perspective = "us", names }: { state: Extract<TrustState, { state: "ready" }>; t: T; locale: Locale; perspective?: "us" | "partner"; names?: { self: string; selfView: string; aboutUs: string; aboutThem: string } }) {
  const q = contentRegistry().get("trust", state.version);
  const rowsUs = state.comparison.pillars.map((p: PillarComparison) => ({ id: p.id, self: p.usSelf, view: p.partnerViewOfUs, gap: p.gapUs }));
  const rowsPartner = state.comparison.pillars.map((p: PillarComparison) => ({ id: p.id, self: p.partnerSelf, view: p.usViewOfPartner, gap: p.gapPartner }));
  const mine = perspective === "us" ? rowsUs : rowsPartner;
  const theirs = perspective === "us" ? rowsPartner : rowsUs;
  const selfLabel = names?.self ?? t("cooperation.trust.col.usSelf");
  const viewLabel = names?.selfView ?? t("cooperation.trust.col.partnerViewOfUs");
  return (
    <div className="space-y-5" data-testid="trust-comparison">
      <div className="grid gap-5 lg:grid-cols-2">
        <CompareTable testId="compare-us" caption={names?.aboutUs ?? t("cooperation.trust.aboutUs")} rows={mine} selfLabel={selfLabel} viewLabel={viewLabel} t={t} />
        <CompareTable
          testId="compare-partner"
          caption={names?.aboutThem ?? t("cooperation.trust.aboutPartner")}
          rows={theirs}
          selfLabel={names ? names.self : t("cooperation.trust.col.partnerSelf")}
          viewLabel={names ? names.selfView : t("cooperation.trust.col.usViewOfPartner")}
          t={t}
        />
      </div>
      <p className="text-xs text-slate-600">{t("cooperation.trust.gapNote")}</p>
      {[...rowsUs, ...rowsPartner].some((r) => r.self === null || r.view === null) && <p className="text-xs text-slate-600" data-testid="compare-missing">{t("cooperation.trust.missingNote")}</p>}
      <div>
        <h3 className="font-semibold">{t("cooperation.trust.largestGaps")}</h3>
        {state.comparison.largestGaps.length === 0 ? (
          <p className="text-sm text-slate-700">{t("cooperation.trust.noGaps")}</p>
        ) : (
          <ol className="ml-5 mt-1 list-decimal space-y-1 text-sm" data-testid="largest-gaps">
            {state.comparison.largestGaps.map((g) => {
              const aboutViewer = (g.about === "us") === (perspective === "us");
              const text = q ? questionText(q, gapStatementId(g, perspective, (id) => !!q.scoring?.items.some((i) => i.id === id)), locale) : g.itemId;
              return (
                <li key={`${g.itemId}:${g.about}`}>
                  <span className="font-medium">{text}</span>{" "}
                  <span className="text-slate-600">({t(`cooperation.trust.gapAbout.${aboutViewer ? "us" : "partner"}`)})</span>: {t("cooperation.trust.gapLine", { self: Math.round(g.self), view: Math.round(g.view) })} · <span className="font-semibold">{signed(g.gap)}</span>
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <p className="text-xs text-slate-600" data-testid="comparison-about">{t("cooperation.trust.about", { version: state.version })}</p>
    </div>
  );
}
