import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { readJson } from "./handler";
import { actorKey, type CompanyContext } from "../auth/access";
import { startAssessment, submitAssessment } from "../assessments/mutations";
import { saveAnswers } from "../assessments/save";
import { getAssessmentState } from "../assessments/queries";
import { saveAnswersSchema, startAssessmentSchema, submitSchema, MAX_ANSWERS_BYTES, type StartAssessmentInput } from "../assessments/schemas";
import { getResultView } from "../assessments/result";
import { translator } from "../i18n/server";
import { LOCALE_COOKIE, toLocale, dateFormat } from "../i18n/config";
import { pdfPool } from "@/components/pdf/pool";
import { getEnv } from "../env";
import { resultPdfLabels } from "@/components/pdf/labels";
import { auditAlone, auditActor } from "../audit/write";
import { attachmentDisposition } from "./content-disposition";
import { hostName } from "../legal/documents";
import pkg from "@/package.json";

/**
 * The answering endpoints, the same for members (/api/companies/<id>/assessments/…) and guests
 * (/api/g/<token>/assessments/…): the routes differ only in how the actor is checked and where the
 * questionnaire lives (`base`, the page path of the company's or the guest's assessments).
 */

/** Starts one's own copy of a questionnaire (its newest version) and answers where to go. */
export async function startResponse(req: NextRequest, ctx: CompanyContext, base: string, allow: (input: StartAssessmentInput) => Promise<void> = async () => {}) {
  const input = await readJson(req, startAssessmentSchema, 1024);
  await allow(input);
  const a = await startAssessment(ctx, input.questionnaireKey, input.perspective);
  return NextResponse.json({ id: a.id, url: `${base}/${a.id}` }, { status: 201 });
}

/** The stored state of one's own draft (used by the client after a conflict or on reload). */
export async function stateResponse(ctx: CompanyContext, id: string) {
  return NextResponse.json(await getAssessmentState(ctx, id), { headers: { "cache-control": "no-store" } });
}

/** Autosave. */
export async function saveResponse(req: NextRequest, ctx: CompanyContext, id: string) {
  const input = await readJson(req, saveAnswersSchema, MAX_ANSWERS_BYTES);
  return NextResponse.json(await saveAnswers(ctx, id, input));
}

export async function submitResponse(req: NextRequest, ctx: CompanyContext, id: string) {
  const { revision } = await readJson(req, submitSchema, 1024);
  return NextResponse.json(await submitAssessment(ctx, id, revision));
}

/** One result as PDF, written to the access log. */
export async function resultPdfResponse(req: NextRequest, ctx: CompanyContext, id: string) {
  const locale = toLocale(req.cookies.get(LOCALE_COOKIE)?.value);
  const view = await getResultView(ctx, id, locale);
  const t = translator(locale) as unknown as (k: string, v?: Record<string, string | number>) => string;
  const dateText = dateFormat(locale, { dateStyle: "long" }).format(new Date(view.submittedAt));
  const labels = resultPdfLabels(t, view);
  const host = hostName();
  if (host) labels.footer = `${labels.footer} · ${t("legal.operatedBy", { host })}`;
  const pdf = await pdfPool(getEnv().PDF_WORKERS).renderResult({ view, labels, dateText, toolVersion: pkg.version }, actorKey(ctx));
  await auditAlone({ ...auditActor(ctx), action: "result.pdf", target: id });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(`${locale === "en" ? "Result" : "Ergebnis"}-${view.questionnaireTitle}-${view.companyName}`, "pdf"),
      "cache-control": "private, no-store",
    },
  });
}
