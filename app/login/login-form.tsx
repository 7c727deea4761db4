"use client";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "use-intl";
import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
import { Button } from "@/components/ui/button";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const hydrated = useHydrated();
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl: safeCallbackPath(callbackUrl),
      });
      if (res?.ok && !res.error) {
        // checked again here: the prop is the only input, but this line is what navigates
        window.location.assign(safeCallbackPath(callbackUrl));
        return;
      }
      setError(res?.error === "RateLimited" ? t("rateLimited") : t("invalidCredentials"));
    } catch {
      setError(t("networkError"));
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} method="post" className="mt-6 space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      <TextField id="email" name="email" type="email" autoComplete="email" required label={t("email")} />
      <PasswordField id="password" name="password" autoComplete="current-password" required label={t("password")} />
      <Button type="submit" disabled={busy || !hydrated} className="w-full">
        {busy ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
    </form>
  );
}
