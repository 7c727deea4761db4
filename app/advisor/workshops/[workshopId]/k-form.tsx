"use client";
import { TextField } from "@/components/ui/field";
import { JsonForm } from "@/components/ui/json-form";

export type KFormLabels = { field: string; hint: string; save: string; saved: string };

/** The threshold k, changeable until the first group state appears (the server refuses it after); texts from the page. */
export function KForm({ workshopId, k, labels }: { workshopId: string; k: number; labels: KFormLabels }) {
  return (
    <JsonForm action={`/api/workshops/${workshopId}`} method="PATCH" submitLabel={labels.save} successText={labels.saved} variant="secondary" className="space-y-3" testId="workshop-k">
      {(err) => <TextField id="k" name="k" type="number" inputMode="numeric" min={3} max={40} step={1} defaultValue={k} label={labels.field} hint={labels.hint} error={err.k} required className="max-w-32" />}
    </JsonForm>
  );
}
