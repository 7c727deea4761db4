import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { requireGuestPage } from "@/lib/guests/access";
import { guestPath } from "@/lib/guests/respondents";
import { AnswerPage } from "@/components/survey/answer-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; assessmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("survey.pageTitle"), referrer: "no-referrer" };
}

/** A guest answers its own copy, with the same autosave as members (through its link's API). */
export default async function GuestAssessmentPage({ params }: Props) {
  const { token, assessmentId } = await params;
  const home = guestPath(token);
  const base = `${home}/assessments/${assessmentId}`;
  const ctx = await requireGuestPage(token, "answer", base);
  return <AnswerPage ctx={ctx} assessmentId={assessmentId} base={base} backHref={home} />;
}
