"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";

/** Switches the interface language (POST /api/locale sets the cookie), then renders the page anew. */
export function LocaleSwitch({ other, label }: { other: "de" | "en"; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      lang={other}
      disabled={pending}
      aria-label={label}
      className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50"
      onClick={async () => {
        setPending(true);
        try {
          const res = await fetch("/api/locale", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ locale: other }) });
          if (res.ok) router.refresh();
        } finally {
          setPending(false);
        }
      }}
    >
      {other.toUpperCase()}
    </button>
  );
}
