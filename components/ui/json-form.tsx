"use client";
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";
import { useHydrated } from "./use-hydrated";

type Variant = "primary" | "secondary" | "danger";
type Answer = { url?: string; message?: string; link?: string };

type SendFailure = { ok: false; message: string; fields?: Record<string, string> };

/** Sends JSON to a route handler and answers with the parsed body or the server's message. */
export async function sendJson(url: string, method: string, body: unknown, opts: { keepalive?: boolean } = {}): Promise<{ ok: true; data: Answer } | SendFailure> {
  try {
    const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}), keepalive: opts.keepalive });
    const data = (await res.json().catch(() => ({}))) as Answer & { error?: { message?: string; details?: { fields?: Record<string, string> } } };
    if (res.ok) return { ok: true, data };
    return { ok: false, message: data.error?.message ?? `HTTP ${res.status}`, fields: data.error?.details?.fields };
  } catch {
    return { ok: false, message: "offline" };
  }
}

function formJson(form: HTMLFormElement, arrays: readonly string[], checkboxes: readonly string[]): Record<string, unknown> {
  const fd = new FormData(form);
  const out: Record<string, unknown> = {};
  for (const name of new Set(fd.keys())) out[name] = arrays.includes(name) ? fd.getAll(name).map(String) : String(fd.get(name));
  for (const a of arrays) out[a] ??= [];
  for (const c of checkboxes) out[c] = fd.get(c) !== null;
  return out;
}

/** The page's forms that save as one types (`autosave`): each registers how to save what it still holds. */
const autosavers = new Set<() => Promise<boolean>>();

/**
 * Saves what the page's autosaving forms still hold, before another form of the page acts on the
 * same record (completing a step right after typing a note); false when a save failed.
 */
export async function saveAllPending(): Promise<boolean> {
  return (await Promise.all([...autosavers].map((save) => save()))).every(Boolean);
}

/** How long typing pauses before an autosaving form sends (leaving a field sends at once). */
const AUTOSAVE_PAUSE_MS = 1500;

/**
 * A form that posts its fields as JSON (route handlers accept nothing else). On success it goes to
 * the `url` the server names, or refreshes the page and says so; on failure it shows the server's
 * message, marks the fields it names and moves the focus to the first of them.
 */
export function JsonForm({
  action,
  method = "POST",
  submitLabel,
  pendingLabel,
  successText,
  confirmText,
  variant = "primary",
  arrays = [],
  checkboxes = [],
  extra,
  reset = false,
  autosave = false,
  className = "space-y-4",
  children,
  testId,
}: {
  action: string;
  method?: "POST" | "PATCH" | "PUT" | "DELETE";
  submitLabel: string;
  pendingLabel?: string;
  successText?: string;
  confirmText?: string;
  variant?: Variant;
  arrays?: readonly string[];
  checkboxes?: readonly string[];
  extra?: Record<string, unknown>;
  reset?: boolean;
  /**
   * Save every change by itself: after a pause in typing, on leaving a field, before another form
   * of the page sends (saveAllPending), and before the page is left (the browser asks while a save
   * is still open). Nothing typed is lost on a reload, a second form or a step's completion.
   */
  autosave?: boolean;
  className?: string;
  /** the fields; a function gets each field's message after a failed submit (for client forms) */
  children?: ReactNode | ((errors: Record<string, string>) => ReactNode);
  testId?: string;
}) {
  const t = useTranslations("form");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<{ kind: "error" | "done"; text: string; link?: string } | null>(null);
  const inline = typeof children === "function";

  /** Shows the server's message, marks the fields it names; moves the focus there unless the user is typing elsewhere (autosave). */
  const showFailure = useCallback(
    (form: HTMLFormElement, res: SendFailure, focus: boolean) => {
      const names = Object.keys(res.fields ?? {});
      const text = res.message === "offline" ? t("offline") : inline ? res.message : [res.message, ...names.map((n) => res.fields![n])].join(" ");
      setFieldErrors(res.fields ?? {});
      setState({ kind: "error", text });
      for (const n of names) (form.elements.namedItem(n) as HTMLElement | null)?.setAttribute?.("aria-invalid", "true");
      if (focus) names.map((n) => form.elements.namedItem(n)).find((el): el is HTMLElement => el instanceof HTMLElement)?.focus();
    },
    [t, inline],
  );
  const clearFailure = (form: HTMLFormElement) => {
    for (const el of Array.from(form.elements)) (el as HTMLElement).removeAttribute("aria-invalid");
    setState(null);
    setFieldErrors({});
  };

  // autosave: the fields as of the last change (read at once: the form may be gone when a queued
  // save runs), the saves in order (one at a time), and the state shown
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = useRef(false);
  const body = useRef<Record<string, unknown> | null>(null);
  const failedBody = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const busy = useRef(0);
  const [saveState, setSaveState] = useState<"idle" | "pending" | "saving" | "saved" | "failed">("idle");
  const target = useRef({ action, method, arrays, checkboxes, extra });
  const ui = useRef({ showFailure });
  useEffect(() => {
    target.current = { action, method, arrays, checkboxes, extra };
    ui.current = { showFailure };
  });

  const read = useCallback((form: HTMLFormElement) => {
    const to = target.current;
    return { ...formJson(form, to.arrays, to.checkboxes), ...to.extra };
  }, []);

  /**
   * Sends what changed, after the saves before it. A payload that failed is not sent again until
   * something changed (or the button asks): leaving fields must not repeat a refused request.
   */
  const saveNow = useCallback((opts: { focus?: boolean; force?: boolean } = {}): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // dirty implies a body: a change or the button read the fields
    const payload = body.current;
    if (!dirty.current || !payload) return queue.current;
    const json = JSON.stringify(payload);
    if (json === failedBody.current && !opts.force) return Promise.resolve(false);
    dirty.current = false;
    busy.current++;
    queue.current = queue.current.then(async () => {
      const to = target.current;
      try {
        setSaveState("saving");
        const res = await sendJson(to.action, to.method, payload);
        const form = formRef.current;
        if (!res.ok) {
          dirty.current = true; // still unsaved: the next change, the button or another form's action tries again
          failedBody.current = json;
          setSaveState("failed");
          if (form) ui.current.showFailure(form, res, opts.focus === true);
          return false;
        }
        failedBody.current = null;
        if (form) clearFailure(form);
        setSaveState(dirty.current ? "pending" : "saved");
        return true;
      } finally {
        busy.current--;
      }
    });
    return queue.current;
  }, []);

  useEffect(() => {
    if (!autosave) return;
    const save = () => saveNow();
    autosavers.add(save);
    /** the page goes away (reload, closed tab): what is left goes out with keepalive, at once */
    const sendNow = () => {
      if (!dirty.current || !body.current) return;
      dirty.current = false;
      void sendJson(target.current.action, target.current.method, body.current, { keepalive: true });
    };
    const leaving = (e: BeforeUnloadEvent) => {
      if (!dirty.current && busy.current === 0) return;
      sendNow();
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", leaving);
    window.addEventListener("pagehide", sendNow);
    return () => {
      autosavers.delete(save);
      window.removeEventListener("beforeunload", leaving);
      window.removeEventListener("pagehide", sendNow);
      // a client navigation away: what is left, after the saves before it (the fields were read at the change)
      if (dirty.current) void saveNow();
    };
  }, [autosave, saveNow]);

  function changed(e: FormEvent<HTMLFormElement>) {
    dirty.current = true;
    body.current = read(e.currentTarget);
    setSaveState("pending");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_PAUSE_MS);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    if (autosave) {
      // the button: what is left now (a save that leaving the field started is waited for, not sent twice)
      if (dirty.current) body.current = read(form);
      const ok = await saveNow({ focus: true, force: true });
      if (ok) {
        setSaveState("saved");
        router.refresh(); // the page's other parts (what is still open) follow
      }
      return;
    }
    // another form of the page still holds typing (a note written just before "complete the step"): save it first
    if (autosavers.size && !(await saveAllPending())) {
      setState({ kind: "error", text: t("saveFirst") });
      return;
    }
    if (confirmText && !window.confirm(confirmText)) return;
    clearFailure(form);
    setPending(true);
    const res = await sendJson(action, method, { ...formJson(form, arrays, checkboxes), ...extra });
    setPending(false);
    if (!res.ok) {
      showFailure(form, res, true);
      return;
    }
    if (res.data.url) {
      // the write may change what the shared layout shows (accepting a grant adds "Beratung" to the
      // header), which a client navigation alone keeps as it was: refresh it with the new page
      router.push(res.data.url);
      router.refresh();
      return;
    }
    if (reset) form.reset();
    setState({ kind: "done", text: res.data.message ?? successText ?? t("saved"), link: res.data.link });
    router.refresh();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onChange={autosave ? changed : undefined}
      onBlur={autosave ? () => dirty.current && void saveNow() : undefined}
      method="post"
      className={className}
      noValidate
      data-testid={testId}
      data-save-state={autosave ? saveState : undefined}
      aria-busy={pending || saveState === "saving" || undefined}
    >
      {typeof children === "function" ? children(fieldErrors) : children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || !hydrated} className={variant === "danger" ? `${buttonClass("secondary")} border-red-700 text-red-800 hover:bg-red-50` : buttonClass(variant)}>
          {pending ? (pendingLabel ?? t("sending")) : submitLabel}
        </button>
        {autosave && saveState !== "failed" && (
          // not a live region: it would announce every pause in typing; a failure is announced (role=alert)
          <p className="text-sm text-slate-600" data-testid={testId ? `${testId}-autosave` : undefined}>
            {saveState === "saving" || saveState === "pending" ? t("autosaving") : saveState === "saved" ? (successText ?? t("autosaved")) : t("autosaveHint")}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {state?.kind === "error" && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-900">
            {state.text}
          </p>
        )}
        {state?.kind === "done" && (
          <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
            <p>{state.text}</p>
            {state.link && <CopyLink link={state.link} />}
          </div>
        )}
      </div>
    </form>
  );
}

/** A link to pass on, with a copy button (the clipboard may be unavailable: the field stays selectable). */
export function CopyLink({ link }: { link: string }) {
  const t = useTranslations("form");
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor="copy-link">{t("link")}</label>
      <input id="copy-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" data-testid="copy-link" />
      <button
        type="button"
        className={buttonClass("secondary")}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}

/** One button that posts a fixed JSON body (start a questionnaire, remind, revoke …). */
export function JsonButton({ action, method = "POST", body, label, variant = "primary", confirmText, testId }: { action: string; method?: "POST" | "PATCH" | "DELETE"; body?: Record<string, unknown>; label: string; variant?: Variant; confirmText?: string; testId?: string }) {
  return (
    <JsonForm action={action} method={method} extra={body} submitLabel={label} variant={variant} confirmText={confirmText} className="inline-block space-y-2" testId={testId} />
  );
}
