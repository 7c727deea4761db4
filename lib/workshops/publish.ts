import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { AssessmentScore } from "../scoring/score";
import { aggregateGroup, isFinished, type CompanyScores, type GroupAggregate } from "./aggregate";
import { decidePublication, type PublicationDecision } from "./anonymity";
import { shapesOf } from "./shapes";

type Client = Prisma.TransactionClient;
type WorkshopRef = { id: string; k: number; questionnaires: string[] };

/** The submitted results of the workshop's respondents, per company (one per respondent and questionnaire: the newest). */
async function companyScores(client: Client, w: WorkshopRef, companyIds?: string[]): Promise<CompanyScores[]> {
  const participants = await client.workshopParticipant.findMany({ where: { workshopId: w.id, ...(companyIds ? { companyId: { in: companyIds } } : {}) }, select: { respondentId: true } });
  if (!participants.length) return [];
  const rows = await client.assessment.findMany({
    where: { respondentId: { in: participants.map((p) => p.respondentId) }, status: "submitted", questionnaireKey: { in: w.questionnaires } },
    select: { companyId: true, respondentId: true, questionnaireKey: true, snapshot: { select: { scores: true } } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
  });
  const seen = new Set<string>();
  const byCompany = new Map<string, AssessmentScore[]>();
  for (const r of rows) {
    const key = `${r.respondentId}/${r.questionnaireKey}`;
    if (seen.has(key) || !r.snapshot) continue;
    seen.add(key);
    byCompany.set(r.companyId, [...(byCompany.get(r.companyId) ?? []), r.snapshot.scores as unknown as AssessmentScore]);
  }
  return [...byCompany].map(([companyId, scores]) => ({ companyId, scores }));
}

async function finishedIds(client: Client, w: WorkshopRef): Promise<string[]> {
  return (await companyScores(client, w)).filter((c) => isFinished(w.questionnaires, c)).map((c) => c.companyId);
}

function lastPublication(client: Client, workshopId: string) {
  return client.workshopPublication.findFirst({ where: { workshopId }, orderBy: { seq: "desc" } });
}

/**
 * Publishes a new group state when the rule allows it (see anonymity.ts). In one transaction under
 * an advisory lock per workshop, so that several app instances (or two projector tabs) polling at
 * once publish a state once; the unique (workshopId, seq) is the last guard.
 */
async function publishIfDue(w: WorkshopRef): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"workshop:" + w.id}))`;
      const last = await lastPublication(tx, w.id);
      const all = await companyScores(tx, w);
      const finished = all.filter((c) => isFinished(w.questionnaires, c));
      const d = decidePublication({ k: w.k, finished: finished.map((c) => c.companyId), published: last?.companyIds ?? null });
      if (!d.publish) return;
      const included = finished.filter((c) => d.companyIds.includes(c.companyId));
      const aggregate = aggregateGroup(shapesOf(w.questionnaires), included, w.k);
      await tx.workshopPublication.create({
        data: { workshopId: w.id, seq: (last?.seq ?? 0) + 1, companyIds: d.companyIds, companyCount: d.companyIds.length, aggregate: aggregate as unknown as Prisma.InputJsonValue },
      });
    });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
  }
}

export type LiveState = {
  status: string;
  /** distinct companies that joined, and people */
  companies: number;
  participants: number;
  /** distinct companies whose every questionnaire has a submitted result */
  finished: number;
  k: number;
  /** the last published group state; null below k (then nothing of the aggregate leaves the server) */
  publication: { seq: number; companyCount: number; publishedAt: string; aggregate: GroupAggregate } | null;
  /** why the view does not (yet) change: below k, or waiting for a second new company */
  waiting: { reason: "belowK" | "waitingForMore"; missing: number } | null;
};

/**
 * The projector's state, from the database only (every instance answers the same). Publishes a
 * new group state first when one is due, so the view is never older than one poll.
 */
export async function liveState(w: WorkshopRef & { status: string }): Promise<LiveState> {
  const client = db();
  let [finished, last] = await Promise.all([finishedIds(client, w), lastPublication(client, w.id)]);
  let d: PublicationDecision = decidePublication({ k: w.k, finished, published: last?.companyIds ?? null });
  if (d.publish) {
    await publishIfDue(w);
    [finished, last] = await Promise.all([finishedIds(client, w), lastPublication(client, w.id)]);
    d = decidePublication({ k: w.k, finished, published: last?.companyIds ?? null });
  }
  const [companies, participants] = await Promise.all([client.workshopCompany.count({ where: { workshopId: w.id } }), client.workshopParticipant.count({ where: { workshopId: w.id } })]);
  return {
    status: w.status,
    companies,
    participants,
    finished: finished.length,
    k: w.k,
    publication: last ? { seq: last.seq, companyCount: last.companyCount, publishedAt: last.publishedAt.toISOString(), aggregate: last.aggregate as unknown as GroupAggregate } : null,
    waiting: d.publish ? null : { reason: d.reason, missing: d.missing },
  };
}
