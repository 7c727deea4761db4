import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/page-errors";
import { requireWorkshop } from "@/lib/workshops/access";
import { liveState } from "@/lib/workshops/publish";
import { groupLabels } from "@/lib/workshops/shapes";
import { JoinPanel } from "../join-panel";
import { ProjectorView } from "./projector-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("workshops.title") };
}

/**
 * The screen in the room (made for 1920×1080): code and link all the time, counts, and the group
 * picture once it is published. The client polls the state (in the database, so any instance answers).
 */
export default async function ProjectorPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await requirePageUser(`/advisor/workshops/${workshopId}/projector`);
  const w = await orNotFound(requireWorkshop(user, workshopId));
  const { t, locale } = await getT();
  const state = await liveState(w);
  return (
    <div className="full-bleed px-8" data-projector-screen>
      <ProjectorView workshopId={w.id} title={w.title} initial={state} labels={groupLabels(w.questionnaires, locale)} keys={w.questionnaires}>
        <JoinPanel workshopId={w.id} code={w.joinCode} large />
      </ProjectorView>
      {/* the screen shows no app header (sign-out, menu) to the room: the way back is here */}
      <p className="mt-8">
        <Link href={`/advisor/workshops/${w.id}`} className="text-sm text-slate-600 underline">{t("workshops.projector.backToWorkshop")}</Link>
      </p>
    </div>
  );
}
