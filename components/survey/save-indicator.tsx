"use client";
import { useTranslations } from "use-intl";
import type { SaveStatus } from "./autosave";

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useTranslations("survey.save");
  // calm while saving; a warning colour only when a save really failed (or waits for a retry)
  const tone =
    status.kind === "saved" ? "text-brand-800 bg-brand-50" : status.kind === "failed" || status.kind === "retrying" ? "text-red-900 bg-red-50" : "text-slate-700 bg-slate-100";
  let text: string;
  switch (status.kind) {
    case "saved":
      text = status.at ? t("saved") : t("upToDate");
      break;
    case "saving":
      text = t("saving");
      break;
    case "pending":
      text = t("pending");
      break;
    case "retrying":
      text = t("retrying", { seconds: Math.ceil(status.inMs / 1000) });
      break;
    case "conflict":
      text = t("conflict");
      break;
    case "failed":
      text = t(`failed.${status.reason}`);
      break;
  }
  return (
    <p role="status" aria-live="polite" data-save-status={status.kind} className={`rounded px-3 py-1.5 text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}
