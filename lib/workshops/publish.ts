import "server-only";
import { db } from "../db/client";
import { lockInTransaction } from "../db/xact-lock";
import type { Prisma } from "../db/generated/client";
import type { AssessmentScore } from "../scoring/score";
import { aggregateGroup, isFinished, type CompanyScores, type GroupAggregate } from "./aggregate";
import { decidePublication, type PublicationDecision } from "./anonymity";
import { shapesOf } from "./shapes";
import { contentRegistry } from "../content";
import { buildHandout, handoutSchema, type CompanyPlanInput, type Handout } from "./group-measures";

type Client = Prisma.TransactionClient;
type WorkshopRef = { id: string; k: number; questionnaires: string[] };

/**
 * The submitted results of the workshop's respondents (one per respondent and questionnaire: the
 * newest with a frozen snapshot). `answers` only when asked for (the handout's planning needs
 * them; the projector's polling does not).
 */
async function latestSubmitted(client: Client, w: WorkshopRef, answers = false) {
  const participants = await client.workshopParticipant.findMany({ where: { workshopId: w.id }, select: { respondentId: true } });
  if (!participants.length) return [];
  const rows = await client.assessment.findMany({
    where: { respondentId: { in: participants.map((p) => p.respondentId) }, status: "submitted", questionnaireKey: { in: w.questionnaires } },
    select: { id: true, companyId: true, respondentId: true, questionnaireKey: true, contentVersion: true, perspective: true, submittedAt: true, updatedAt: true, answers, snapshot: { select: { scores: true } } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
  });
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    const key = `${r.respondentId}/${r.questionnaireKey}`;
    if (seen.has(key) || !r.snapshot) return [];
    seen.add(key);
    return [{ ...r, scores: r.snapshot.scores as unknown as AssessmentScore }];
  });
}

type Submitted = Awaited<ReturnType<typeof latestSubmitted>>;

/** Submitted results per company. */
function byCompany(rows: Submitted): CompanyScores[] {
  const scores = new Map<string, AssessmentScore[]>();
  for (const r of rows) scores.set(r.companyId, [...(scores.get(r.companyId) ?? []), r.scores]);
  return [...scores].map(([companyId, s]) => ({ companyId, scores: s }));
}

/** The submitted results of the workshop's respondents, per company. */
async function companyScores(client: Client, w: WorkshopRef): Promise<CompanyScores[]> {
  return byCompany(await latestSubmitted(client, w));
}

/**
 * The handout part of a state (group-measures.ts), over exactly the given companies and the same
 * results their aggregate is built from: each company's plan from its workshop results, counted.
 */
async function handoutOf(client: Client, companyIds: string[], rows: Submitted, now: Date): Promise<Handout> {
  const registry = contentRegistry();
  const companies = await client.company.findMany({ where: { id: { in: companyIds } }, select: { id: true, sizeBand: true, profile: true } });
  const inputs: CompanyPlanInput[] = companies.map((c) => ({
    companyId: c.id,
    sizeBand: c.sizeBand,
    profile: c.profile,
    assessments: rows
      .filter((r) => r.companyId === c.id)
      .map((r) => ({
        id: r.id,
        questionnaireKey: r.questionnaireKey,
        contentVersion: r.contentVersion,
        perspective: r.perspective === "partner" ? "partner" : "self",
        respondentId: r.respondentId,
        respondentName: "",
        submittedAt: r.submittedAt ?? r.updatedAt,
        answers: (r.answers ?? {}) as Record<string, unknown>,
        scores: r.scores,
      })),
  }));
  return buildHandout(inputs, { questionnaire: (k, v) => registry.get(k, v), profile: registry.latest("company-profile"), catalogue: registry.catalogue() }, now);
}

async function finishedIds(client: Client, w: WorkshopRef): Promise<string[]> {
  return (await companyScores(client, w)).filter((c) => isFinished(w.questionnaires, c)).map((c) => c.companyId);
}

function lastPublication(client: Client, workshopId: string) {
  return client.workshopPublication.findFirst({ where: { workshopId }, orderBy: { seq: "desc" } });
}

type Publication = NonNullable<Awaited<ReturnType<typeof lastPublication>>>;

/**
 * Publishes a new group state when the rule allows it (see anonymity.ts). In one transaction under
 * an advisory lock per workshop, so that several app instances (or two projector tabs) polling at
 * once publish a state once; the unique (workshopId, seq) is the last guard. Returns what it read
 * under the lock (the finished companies and the last publication, the new one when it made one),
 * or null when another instance published at the same moment.
 *
 * The results are read once, with their answers: the aggregate and the handout are built from the
 * same rows (reading them again per step made the poll after a burst of submits the slow one).
 */
async function publishIfDue(w: WorkshopRef): Promise<{ finished: string[]; last: Publication | null; k: number } | null> {
  try {
    return await db().$transaction(async (tx) => {
      await lockInTransaction(tx, "workshop:" + w.id);
      // k as it is under the lock: a change of k (setWorkshopK) takes the same lock
      const [last, rows, { k }] = await Promise.all([lastPublication(tx, w.id), latestSubmitted(tx, w, true), tx.workshop.findUniqueOrThrow({ where: { id: w.id }, select: { k: true } })]);
      const finished = byCompany(rows).filter((c) => isFinished(w.questionnaires, c));
      const finishedIds = finished.map((c) => c.companyId);
      const d = decidePublication({ k, finished: finishedIds, published: last?.companyIds ?? null });
      if (!d.publish) return { finished: finishedIds, last, k };
      const included = finished.filter((c) => d.companyIds.includes(c.companyId));
      const aggregate = aggregateGroup(shapesOf(w.questionnaires), included, k);
      const handout = await handoutOf(
        tx,
        d.companyIds,
        rows.filter((r) => d.companyIds.includes(r.companyId)),
        new Date(),
      );
      const made = await tx.workshopPublication.create({
        data: { workshopId: w.id, seq: (last?.seq ?? 0) + 1, companyIds: d.companyIds, companyCount: d.companyIds.length, aggregate: aggregate as unknown as Prisma.InputJsonValue, handout: handout as unknown as Prisma.InputJsonValue },
      });
      return { finished: finishedIds, last: made, k };
    });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    return null;
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
  // the join counts do not depend on the publishing: read with the rest, so that a poll during a burst of
  // submits waits for the connection pool once less
  const [finishedNow, lastNow, companies, participants] = await Promise.all([
    finishedIds(client, w),
    lastPublication(client, w.id),
    client.workshopCompany.count({ where: { workshopId: w.id } }),
    client.workshopParticipant.count({ where: { workshopId: w.id } }),
  ]);
  let [finished, last, k] = [finishedNow, lastNow, w.k];
  let d: PublicationDecision = decidePublication({ k, finished, published: last?.companyIds ?? null });
  if (d.publish) {
    // what the publishing read under the lock (k too: it may have changed since `w` was read); when
    // another instance published at that moment, read again
    ({ finished, last, k } = (await publishIfDue(w)) ?? { finished: await finishedIds(client, w), last: await lastPublication(client, w.id), k: w.k });
    d = decidePublication({ k, finished, published: last?.companyIds ?? null });
  }
  return {
    status: w.status,
    companies,
    participants,
    finished: finished.length,
    k,
    publication: last ? { seq: last.seq, companyCount: last.companyCount, publishedAt: last.publishedAt.toISOString(), aggregate: last.aggregate as unknown as GroupAggregate } : null,
    waiting: d.publish ? null : { reason: d.reason, missing: d.missing },
  };
}

/**
 * The handout stored with the published state `seq` (the one liveState returned), so the group PDF
 * shows exactly that state; null when the state was published before handouts were stored.
 */
export async function publicationHandout(workshopId: string, seq: number): Promise<Handout | null> {
  const p = await db().workshopPublication.findUnique({ where: { workshopId_seq: { workshopId, seq } }, select: { handout: true } });
  const parsed = handoutSchema.safeParse(p?.handout);
  return parsed.success ? parsed.data : null;
}
