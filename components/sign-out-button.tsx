"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      {t("signOut")}
    </button>
  );
}
