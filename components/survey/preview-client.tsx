"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import type { SurveyPreviewProps } from "./survey-preview";

function Loading() {
  const t = useTranslations("adminContent.preview");
  return (
    <p role="status" className="rounded-lg bg-white p-6 text-slate-700">
      {t("loading")}
    </p>
  );
}

/** SurveyJS renders client-only (see assessment-client.tsx). */
const SurveyPreview = dynamic(() => import("./survey-preview"), { ssr: false, loading: () => <Loading /> });

export function PreviewClient(props: SurveyPreviewProps) {
  return <SurveyPreview {...props} />;
}
