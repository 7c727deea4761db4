"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";
import { useHydrated } from "./use-hydrated";

type Variant = "primary" | "secondary" | "danger";
type Answer = { url?: string; message?: string; link?: string };

/** Sends JSON to a route handler and answers with the parsed body or the server's message. */
export async function sendJson(url: string, method: string, body: unknown): Promise<{ ok: true; data: Answer } | { ok: false; message: string; fields?: Record<string, string> }> {
  try {
    const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
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

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    if (confirmText && !window.confirm(confirmText)) return;
    for (const el of Array.from(form.elements)) (el as HTMLElement).removeAttribute("aria-invalid");
    setPending(true);
    setState(null);
    setFieldErrors({});
    const res = await sendJson(action, method, { ...formJson(form, arrays, checkboxes), ...extra });
    setPending(false);
    if (!res.ok) {
      const names = Object.keys(res.fields ?? {});
      const inline = typeof children === "function";
      const text = res.message === "offline" ? t("offline") : inline ? res.message : [res.message, ...names.map((n) => res.fields![n])].join(" ");
      setFieldErrors(res.fields ?? {});
      setState({ kind: "error", text });
      const first = names.map((n) => form.elements.namedItem(n)).find((el): el is HTMLElement => el instanceof HTMLElement);
      for (const n of names) (form.elements.namedItem(n) as HTMLElement | null)?.setAttribute?.("aria-invalid", "true");
      first?.focus();
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
    <form onSubmit={onSubmit} method="post" className={className} noValidate data-testid={testId} aria-busy={pending || undefined}>
      {typeof children === "function" ? children(fieldErrors) : children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || !hydrated} className={variant === "danger" ? `${buttonClass("secondary")} border-red-700 text-red-800 hover:bg-red-50` : buttonClass(variant)}>
          {pending ? (pendingLabel ?? t("sending")) : submitLabel}
        </button>
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
