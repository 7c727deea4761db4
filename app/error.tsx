"use client";
import { useErrorTexts } from "@/components/root-texts";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts();
  const t = (k: keyof typeof texts) => texts[k];
  return (
    <div className="mx-auto max-w-lg rounded-xl bg-white p-8 text-center shadow-sm" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("text")}</p>
      {error.digest && <p className="mt-2 font-mono text-sm">{error.digest}</p>}
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
