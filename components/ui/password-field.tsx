"use client";
import { useState, type InputHTMLAttributes } from "react";
import { useTranslations } from "use-intl";
import { TextField } from "./field";

/**
 * A password input with a show/hide toggle (typing a long password on a phone without seeing it
 * is error-prone). The toggle is a real button after the input (aria-pressed, aria-controls); its
 * name says "Anzeigen"/"Verbergen" only, so the field stays the one element labelled "Passwort".
 */
export function PasswordField(props: { label: string; error?: string; hint?: string; id: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const t = useTranslations("auth");
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <TextField {...props} type={visible ? "text" : "password"} className="pr-24" />
      <button
        type="button"
        aria-controls={props.id}
        aria-pressed={visible}
        onClick={() => setVisible((v) => !v)}
        className="absolute right-1.5 top-[1.85rem] rounded px-2.5 py-1.5 text-sm font-semibold text-brand-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        {visible ? t("hidePassword") : t("showPassword")}
      </button>
    </div>
  );
}
