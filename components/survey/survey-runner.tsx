"use client";
/* eslint-disable react-hooks/immutability -- the SurveyJS Model is an external mutable store, not React state: it is created once and driven through its own API. */
import { useEffect, useMemo, useRef, useState } from "react";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import "survey-core/survey-core.fontless.css";
import "survey-core/i18n/german";
import { useTranslations } from "use-intl";
import { Autosaver, type SaveStatus, type Transport } from "./autosave";
import { localBackup } from "./local-backup";
import { SaveIndicator } from "./save-indicator";
import { buttonClass } from "@/components/ui/button";

export type SurveyRunnerProps = {
  assessmentId: string;
  surveyJson: Record<string, unknown>;
  locale: "de" | "en";
  initial: { answers: Record<string, unknown>; currentPage: number; revision: number };
  saveUrl: string;
  submitUrl: string;
  resultUrl: string;
};

const AUTOSAVE_INTERVAL_MS = 5000;

/** Answered choice questions, relevance questions ("rel_") left out: 0 means the questionnaire would be submitted empty. */
function answeredQuestions(model: Model): number {
  return model.getAllQuestions().filter((q) => ["radiogroup", "checkbox", "dropdown"].includes(q.getType()) && !q.name.startsWith("rel_") && !q.isEmpty()).length;
}

export default function SurveyRunner(props: SurveyRunnerProps) {
  const t = useTranslations("survey");
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [emptyWarning, setEmptyWarning] = useState(false);
  const saverRef = useRef<Autosaver | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const submitRef = useRef<(() => Promise<void>) | null>(null);

  const model = useMemo(() => {
    const m = new Model({
      ...props.surveyJson,
      showProgressBar: true,
      progressBarLocation: "top",
      progressBarType: "pages",
      progressBarShowPageTitles: true,
      showQuestionNumbers: "off",
      completeText: t("complete"),
    });
    m.locale = props.locale;
    m.data = props.initial.answers;
    m.currentPageNo = Math.min(props.initial.currentPage, Math.max(0, m.visiblePages.length - 1));
    return m;
    // the model lives for the lifetime of the page
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    let movedByCode = false;
    const backup = localBackup(props.assessmentId);
    const transport: Transport = async (body, opts) => {
      const res = await fetch(props.saveUrl, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        keepalive: opts?.keepalive,
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    };
    const saver = new Autosaver({
      revision: props.initial.revision,
      transport,
      backup,
      snapshot: () => ({ answers: model.data as Record<string, unknown>, currentPage: model.currentPageNo }),
      onStatus: setStatus,
      onConflict: (server) => {
        if (server.status !== "draft") {
          window.location.assign(props.resultUrl);
          return;
        }
        model.data = server.answers;
        movedByCode = true; // not the user paging: the focus stays where the user is
        model.currentPageNo = server.currentPage;
        movedByCode = false;
      },
    });
    saverRef.current = saver;

    // unsaved answers from an earlier visit (closed tab, lost connection) are restored and saved
    const local = backup.read();
    if (local && local.baseRevision === props.initial.revision) {
      model.data = local.answers;
      model.currentPageNo = local.currentPage;
      saver.change(true);
    } else if (local) {
      backup.clear();
    }

    const showProgress = () => setProgress(progressOf(model));
    showProgress();
    model.onValueChanged.add(() => {
      saver.change();
      showProgress();
    });
    model.onCurrentPageChanged.add(() => {
      saver.change(true);
      showProgress();
      // the new page's first question takes the focus (it stayed on the button at the bottom, and
      // the next Tab went to the footer); not on the first render, where the page's own order leads,
      // and not when a newer state from the server moved the page
      if (!movedByCode) setTimeout(() => model.focusFirstQuestion(), 0);
    });
    model.onCompleting.add((_sender, options) => {
      options.allow = false;
      // nothing answered: a clear warning first (no plan can be made from it); submitting stays possible
      if (answeredQuestions(model) === 0) {
        setEmptyWarning(true);
        return;
      }
      void submit();
    });
    submitRef.current = submit;
    const interval = setInterval(() => {
      if (saver.isDirty) void saver.flush();
    }, AUTOSAVE_INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === "hidden") saver.flushOnExit();
    };
    const onOnline = () => void saver.flush();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", () => saver.flushOnExit());
    window.addEventListener("online", onOnline);

    async function submit() {
      setSubmitting(true);
      setSubmitError(null);
      const saved = await saver.flush();
      if (!saved) {
        setSubmitError(t("submitNotSaved"));
        setSubmitting(false);
        return;
      }
      try {
        const send = () => fetch(props.submitUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ revision: saver.revision }) });
        let res = await send();
        // the server was too busy (a room submitting at once): nothing was written, so try again after its Retry-After
        for (let attempt = 0; res.status === 503 && attempt < 3; attempt++) {
          await new Promise((r) => setTimeout(r, Math.min(10, Number(res.headers.get("retry-after")) || 2) * 1000));
          res = await send();
        }
        if (res.ok) {
          saver.stop();
          backup.clear();
          window.location.assign(props.resultUrl);
          return;
        }
        const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setSubmitError(data?.error?.message ?? t("submitFailed"));
      } catch {
        setSubmitError(t("submitFailed"));
      }
      setSubmitting(false);
    }

    return () => {
      clearInterval(interval);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      saver.stop();
    };
  }, [model, props.assessmentId, props.initial.revision, props.saveUrl, props.submitUrl, props.resultUrl, t]);

  return (
    <div>
      {/* in the flow at the top (sticky), on a phone too: a fixed badge at the bottom covered the last answer option */}
      <div className="sticky top-0 z-20 flex items-center justify-end gap-3 bg-[#f7f8f7]/95 py-1.5 sm:py-2">
        <SaveIndicator status={status} />
      </div>
      {/* the step in words, readable on a phone too (the progress bar above the survey cuts step names there) */}
      {progress && (
        <p className="mb-2 text-sm text-slate-800" data-testid="survey-progress">
          <span className="font-semibold">{t("progress", { page: progress.page, pages: progress.pages, title: progress.title })}</span>
          <span className="block text-slate-700 sm:inline sm:before:content-['_·_']">{t("progressAnswered", { answered: progress.answered, total: progress.total })}</span>
        </p>
      )}
      {submitting && (
        <p role="status" className="mb-3 rounded bg-slate-100 p-3 text-sm">
          {t("submitting")}
        </p>
      )}
      {emptyWarning && !submitting && (
        <div role="alert" className="mb-3 rounded border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950" data-testid="empty-warning">
          <p className="font-semibold">{t("emptyTitle")}</p>
          <p className="mt-1">{t("emptyText")}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={buttonClass("primary")} onClick={() => { setEmptyWarning(false); model.currentPageNo = 0; }}>
              {t("emptyBack")}
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={() => { setEmptyWarning(false); void submitRef.current?.(); }}>
              {t("emptySubmit")}
            </button>
          </div>
        </div>
      )}
      {submitError && (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {submitError}
        </p>
      )}
      <Survey model={model} />
    </div>
  );
}

type Progress = { page: number; pages: number; title: string; answered: number; total: number };

function progressOf(model: Model): Progress {
  const info = model.getProgressInfo();
  const page = model.currentPage;
  return {
    page: model.currentPageNo + 1,
    pages: model.visiblePageCount,
    title: page?.processedTitle || page?.name || "",
    answered: info.answeredQuestionCount,
    total: info.questionCount,
  };
}
