"use client";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/auth/callback-url";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function RegisterForm({ callbackUrl = "/companies", email }: { callbackUrl?: string; email?: string }) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const res = await fetch("/api/register", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (res.status === 201) {
        const target = safeCallbackPath(callbackUrl);
        const signed = await signIn("credentials", { email: body.email, password: body.password, redirect: false, callbackUrl: target });
        window.location.assign(signed?.ok && !signed.error ? target : `/login?registered=1&callbackUrl=${encodeURIComponent(target)}`);
        return;
      }
      const data = (await res.json().catch(() => null)) as { error?: { message?: string; code?: string; details?: { fields?: { field: string; key: string }[] } } } | null;
      const fields = data?.error?.details?.fields;
      if (fields?.length) {
        const next: FieldErrors = {};
        for (const f of fields) next[f.field as keyof FieldErrors] ??= t(`errors.${f.key}` as never);
        setErrors(next);
      } else if (data?.error?.code === "conflict") {
        setErrors({ email: data.error.message });
      } else {
        setFormError(data?.error?.message ?? t("errors.internal"));
      }
    } catch {
      setFormError(t("auth.networkError"));
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate>
      {formError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {formError}
        </p>
      )}
      <TextField id="name" name="name" autoComplete="name" label={t("auth.name")} error={errors.name} />
      <TextField id="email" name="email" type="email" autoComplete="email" required label={t("auth.email")} error={errors.email} defaultValue={email} />
      <PasswordField
        id="password"
        name="password"
        autoComplete="new-password"
        required
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        error={errors.password}
      />
      <Button type="submit" disabled={busy || !hydrated} className="w-full">
        {busy ? t("auth.registering") : t("auth.register")}
      </Button>
    </form>
  );
}
