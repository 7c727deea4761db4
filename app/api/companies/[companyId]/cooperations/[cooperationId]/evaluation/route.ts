import { NextResponse } from "next/server";
import { z } from "zod";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { recordEvaluation } from "@/lib/cooperations/mutations";
import { evaluationSchema, MAX_COOPERATION_BYTES } from "@/lib/cooperations/schemas";
import { prefillLabels } from "@/lib/cooperations/labels";
import { translator } from "@/lib/i18n/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";

type P = { companyId: string; cooperationId: string };

/** Step 5: records the evaluation and starts the next cycle at its needs step, pre-filled from it. */
export const POST = companyRoute<P>("plan.edit", async (req, { params, ctx }) => {
  const input = parseFields(evaluationSchema, await readJson(req, z.record(z.string(), z.unknown()), MAX_COOPERATION_BYTES));
  const t = translator(toLocale(req.cookies.get(LOCALE_COOKIE)?.value));
  await recordEvaluation(ctx, params.cooperationId, input, prefillLabels(t));
  return NextResponse.json({ url: `/companies/${params.companyId}/cooperations/${params.cooperationId}/steps/needs` });
});
