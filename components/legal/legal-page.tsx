import type { ReactNode } from "react";
import { getT } from "@/lib/i18n/server";
import { legalDocument, legalFileVariable, type LegalKind } from "@/lib/legal/documents";
import { LegalDocument } from "./legal-document";

/**
 * /impressum and /datenschutz: the operator's text from the configured file, or, without one, a
 * clear notice that it is missing (and, for the privacy page, what the application itself stores).
 */
export async function LegalPage({ kind, title, fallback }: { kind: LegalKind; title: string; fallback?: ReactNode }) {
  const { t } = await getT();
  const blocks = await legalDocument(kind);
  return (
    <article className="mx-auto max-w-3xl rounded-xl bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {blocks ? (
        <div className="mt-6">
          <LegalDocument blocks={blocks} />
        </div>
      ) : (
        <>
          <div role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
            <p className="font-semibold">{t(kind === "imprint" ? "legal.imprintMissing" : "legal.privacyMissing")}</p>
            <p className="mt-2 text-sm">{t("legal.operatorHint", { variable: legalFileVariable[kind] })}</p>
          </div>
          {fallback}
        </>
      )}
    </article>
  );
}
