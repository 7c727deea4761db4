"use client";
import { JsonButton } from "@/components/ui/json-form";

export function AcceptButton({ action, token, label }: { action: string; token: string; label: string }) {
  return <JsonButton action={action} body={{ token }} label={label} testId="accept" />;
}
