"use client";
import { useMemo } from "react";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import "survey-core/survey-core.fontless.css";
import "survey-core/i18n/german";

export type SurveyPreviewProps = { surveyJson: Record<string, unknown>; locale: "de" | "en" };

/** A questionnaire read-only, all pages one below the other: for editors to read every question. */
export default function SurveyPreview({ surveyJson, locale }: SurveyPreviewProps) {
  const model = useMemo(() => {
    const m = new Model({ ...surveyJson, mode: "display", questionsOnPageMode: "singlePage", showQuestionNumbers: "off" });
    m.locale = locale;
    // conditional questions (visibleIf) are shown too, so an editor reads every question
    // (set after construction: survey-core ignores it in the JSON)
    m.showInvisibleElements = true;
    return m;
  }, [surveyJson, locale]);
  return <Survey model={model} />;
}
