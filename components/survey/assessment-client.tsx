"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import type { SurveyRunnerProps } from "./survey-runner";

function Loading() {
  const t = useTranslations("survey");
  return (
    <p role="status" className="rounded-lg bg-white p-6 text-slate-700">
      {t("loading")}
    </p>
  );
}

/** SurveyJS renders client-only: with SSR, clicks before hydration would be lost. */
const SurveyRunner = dynamic(() => import("./survey-runner"), { ssr: false, loading: () => <Loading /> });

export function AssessmentClient(props: SurveyRunnerProps) {
  return <SurveyRunner {...props} />;
}
