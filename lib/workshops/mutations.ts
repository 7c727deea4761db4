import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors";
import { audit } from "../audit/write";
import { lockInTransaction } from "../db/xact-lock";
import type { SessionUser } from "../auth/session";
import { newJoinCode } from "./join-code";
import { isWorkshopQuestionnaire } from "./shapes";
import { isReadinessKey } from "../content/readiness";
import { advisorActor, requireWorkshop } from "./access";
import type { CreateWorkshopInput } from "./schemas";

const DAY = 86_400_000;

/** Creates a workshop of the signed-in user with a fresh join code (a clash of codes is retried). */
export async function createWorkshop(user: SessionUser, input: CreateWorkshopInput, now = new Date()) {
  // a typo in the year (2020, 9999) is refused: up to a year back (to record one held) and two years ahead
  const day = Date.parse(`${input.date}T00:00:00.000Z`);
  if (day < now.getTime() - 366 * DAY || day > now.getTime() + 2 * 366 * DAY) throw new AppError("unprocessable", "checkFields", { fieldKeys: { date: "workshopDateOutOfRange" } });
  const keys = [...new Set(input.questionnaires)];
  if (!keys.every(isWorkshopQuestionnaire)) throw new AppError("unprocessable", "checkFields", { fieldKeys: { questionnaires: "chooseQuestionnaires" } });
  // the core check is the full check's most important questions: asking both would ask them twice
  if (keys.filter(isReadinessKey).length > 1) throw new AppError("unprocessable", "checkFields", { fieldKeys: { questionnaires: "oneReadinessCheck" } });
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        const w = await tx.workshop.create({
          data: { advisorUserId: user.id, title: input.title, date: new Date(`${input.date}T00:00:00.000Z`), place: input.place, questionnaires: keys, k: input.k, joinCode: newJoinCode() },
          select: { id: true },
        });
        await audit(tx, { ...advisorActor(user), action: "workshop.create", target: w.id, meta: { title: input.title, k: input.k, questionnaires: keys } });
        return w;
      });
    } catch (e) {
      if ((e as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw e;
    }
  }
}

/** Opens or closes the workshop. Closed: no new joins, no new answers (see gates). */
export async function setWorkshopStatus(user: SessionUser, workshopId: string, status: "open" | "closed") {
  const w = await requireWorkshop(user, workshopId);
  if (w.status === status) return;
  await db().$transaction(async (tx) => {
    await tx.workshop.update({ where: { id: w.id }, data: { status, closedAt: status === "closed" ? new Date() : null } });
    await audit(tx, { ...advisorActor(user), action: `workshop.${status === "closed" ? "close" : "open"}`, target: w.id });
  });
}

/**
 * Changes the threshold k: how many companies must have finished before a group state appears.
 * Only until the first state is published (after that, a lower k could show a smaller group than
 * the companies were promised). Under the workshop's lock, the same one that publishes, so a
 * publication and a change never cross; the publication reads k under the lock too.
 */
export async function setWorkshopK(user: SessionUser, workshopId: string, k: number) {
  const w = await requireWorkshop(user, workshopId);
  await db().$transaction(async (tx) => {
    await lockInTransaction(tx, "workshop:" + w.id);
    if (await tx.workshopPublication.count({ where: { workshopId: w.id } })) throw new AppError("conflict", "kFixedAfterPublication");
    const { k: from } = await tx.workshop.findUniqueOrThrow({ where: { id: w.id }, select: { k: true } });
    if (from === k) return;
    await tx.workshop.update({ where: { id: w.id }, data: { k } });
    await audit(tx, { ...advisorActor(user), action: "workshop.k", target: w.id, meta: { from, to: k } });
  });
}
