"use client";
import { useTranslations } from "use-intl";
import { TextField } from "@/components/ui/field";
import { JsonForm } from "@/components/ui/json-form";

export function ClaimForm({ initial }: { initial: string }) {
  const t = useTranslations("workshops.claim");
  return (
    <JsonForm action="/api/workshops/claim" submitLabel={t("submit")} pendingLabel={t("sending")} testId="claim-form">
      <TextField id="code" name="code" label={t("code")} defaultValue={initial} required autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} className="font-mono text-xl tracking-widest" />
    </JsonForm>
  );
}
