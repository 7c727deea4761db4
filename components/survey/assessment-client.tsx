"use client";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { preload } from "react-dom";
import { useTranslations } from "use-intl";
import type { SurveyRunnerProps } from "./survey-runner";
import { loadSurveyJson } from "./load-survey";
import { buttonClass } from "@/components/ui/button";

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

export type AssessmentClientProps = Omit<SurveyRunnerProps, "surveyJson"> & { surveyUrl: string };

/**
 * The questionnaire of a published version comes as its own asset (lib/content/survey-asset.ts),
 * which the browser keeps: the page preloads it while the SurveyJS code loads, so it costs no extra
 * wait. If it cannot be had (no connection), the page says so and offers to try again; the answers
 * are in the page and the local backup, nothing is lost.
 */
export function AssessmentClient({ surveyUrl, ...props }: AssessmentClientProps) {
  const t = useTranslations("survey");
  preload(surveyUrl, { as: "fetch", crossOrigin: "anonymous" });
  const [state, setState] = useState<{ json: Record<string, unknown>; url: string } | "loading" | "failed">("loading");
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadSurveyJson(surveyUrl).then(
      (json) => live && setState({ json, url: surveyUrl }),
      () => live && setState("failed"),
    );
    return () => {
      live = false;
    };
  }, [surveyUrl, attempt]);
  if (state === "failed")
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-900">
        <p>{t("loadFailed")}</p>
        <button type="button" className={`${buttonClass("secondary")} mt-3`} onClick={() => { setState("loading"); setAttempt((a) => a + 1); }}>
          {t("loadRetry")}
        </button>
      </div>
    );
  if (state === "loading") return <Loading />;
  // another language is another questionnaire asset: a new runner (the model is built once per
  // runner) with the answers the page now has, else the questions stayed in the old language
  return <SurveyRunner key={state.url} {...props} surveyJson={state.json} />;
}
