"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The code goes into the address (/join/<code>); the page there says whether it is right. */
export function CodeForm({ initial = "" }: { initial?: string }) {
  const t = useTranslations("workshops.join");
  const router = useRouter();
  const hydrated = useHydrated();
  const [code, setCode] = useState(initial);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const clean = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
    if (clean) router.push(`/join/${encodeURIComponent(clean)}`);
  }
  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
      <TextField id="join-code" name="code" label={t("codeLabel")} hint={t("codeHint")} value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={20} className="font-mono text-xl tracking-widest" />
      <button type="submit" disabled={!hydrated} className={buttonClass("primary")}>{t("go")}</button>
    </form>
  );
}
