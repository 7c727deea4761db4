import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { isOwnRespondent, isValidId, type CompanyContext } from "../auth/access";
import { can, isOutsider, ROLES } from "../auth/policy";
import { hashToken, tokenPattern } from "../people/tokens";
import { audit, auditActor, type Tx } from "../audit/write";
import type { SessionToken } from "../auth/session";
import { contentMissing, contentRegistry } from "../content";
import { checkAnswers } from "../content/answers";
import { getDraftAssessment } from "./queries";
import type { SaveAnswersInput } from "./schemas";

/**
 * Autosave, the hottest write: one UPDATE that carries every check in its WHERE (the company, a
 * draft, the revision the client started from, one's own respondent; on the session path also the
 * session row and the membership), `RETURNING` the new revision. Before it, the answers are checked
 * against the assessment's questionnaire, whose key and version never change once it is started, so
 * they are kept per process after the first save (a second statement only then). Any refusal
 * (0 rows, bad answers) goes through the full checks, which name the reason exactly as before: 401,
 * 404, 403, 409 with the stored state, 422.
 */

export type SaveResult = { revision: number; savedAt: string };

type Questionnaire = { key: string; version: string; companyId: string };
const questionnaires = new Map<string, Questionnaire>();
const MAX_CACHED = 20_000;

/**
 * The key and version of an assessment (immutable), from the process cache or one SELECT; null when
 * it is not in `companyId` (null: any company, the UPDATE checks whose it is).
 */
async function questionnaireOf(companyId: string | null, id: string): Promise<Questionnaire | null> {
  let q = questionnaires.get(id);
  if (!q) {
    const rows = await db().$queryRaw<Questionnaire[]>`
      SELECT "questionnaireKey" AS key, "contentVersion" AS version, "companyId" FROM "Assessment" WHERE id = ${id}`;
    if (!rows.length) return null;
    if (questionnaires.size >= MAX_CACHED) questionnaires.clear();
    q = rows[0];
    questionnaires.set(id, q);
  }
  return companyId === null || q.companyId === companyId ? q : null;
}

/** The answers fit the questionnaire (null: the questionnaire is unknown here, the full path answers). */
function answersFit(q: Questionnaire, input: SaveAnswersInput): boolean | null {
  const content = contentRegistry().get(q.key, q.version);
  if (!content) return null;
  return checkAnswers(content, input.answers).length === 0;
}

/** The SET of every autosave UPDATE: the answers and page, the next revision. */
function newAnswers(input: SaveAnswersInput) {
  return Prisma.sql`answers = ${JSON.stringify(input.answers)}::jsonb, "currentPage" = ${input.currentPage}, revision = a.revision + 1, "updatedAt" = now()`;
}

/** Roles whose members answer (policy.ts), for the membership condition of the session path. */
const answeringRoles = ROLES.filter((role) => can({ kind: "membership", role }, "answer"));

/**
 * Autosave on a session token alone, before any other check: the UPDATE itself checks that the
 * session row is active, the user a member who answers, the assessment their own draft at this
 * revision. Null when it did not write (for whatever reason): the caller then runs the full checks
 * (requireApiUser, requireAccess, saveAnswers), which answer with the reason.
 */
export async function saveAnswersWithSession(token: SessionToken, companyId: string, id: string, input: SaveAnswersInput): Promise<SaveResult | null> {
  if (!isValidId(companyId) || !isValidId(id)) return null;
  const q = await questionnaireOf(companyId, id);
  if (!q || answersFit(q, input) !== true) return null;
  const rows = await db().$queryRaw<{ revision: number }[]>`
    UPDATE "Assessment" a
       SET ${newAnswers(input)}
     WHERE a.id = ${id} AND a."companyId" = ${companyId} AND a.status = 'draft' AND a.revision = ${input.revision}
       AND EXISTS (SELECT 1 FROM "Respondent" r WHERE r.id = a."respondentId" AND r."userId" = ${token.id})
       AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = ${token.id} AND m."companyId" = ${companyId} AND m.role IN (${Prisma.join(answeringRoles)}))
       AND EXISTS (SELECT 1 FROM "UserSession" s WHERE s.id = ${token.sessionId} AND s."userId" = ${token.id} AND s."revokedAt" IS NULL AND s."expiresAt" > now())
    RETURNING a.revision`;
  return rows.length ? { revision: rows[0].revision, savedAt: new Date().toISOString() } : null;
}

/** The respondent kind of a workshop participant (policy.ts toGuestOrigin), who may answer. */
const workshopGuestKind = "guest";

/**
 * A workshop participant's autosave on the link's token alone, the same way: the UPDATE checks that
 * the token is a current guest link, its workshop not closed (workshops/gate.ts) and the assessment
 * that guest's draft at this revision. A cooperation partner's save is written to the access log
 * with it, so it is not done here. Null when it did not write: the caller then runs the full checks
 * (requireGuestAccess with the token limit, saveAnswers), which answer with the reason.
 */
export async function saveGuestAnswersWithToken(token: string, id: string, input: SaveAnswersInput): Promise<SaveResult | null> {
  if (!tokenPattern.test(token) || !isValidId(id)) return null;
  const q = await questionnaireOf(null, id);
  if (!q || answersFit(q, input) !== true) return null;
  const rows = await db().$queryRaw<{ revision: number }[]>`
    UPDATE "Assessment" a
       SET ${newAnswers(input)}
     WHERE a.id = ${id} AND a.status = 'draft' AND a.revision = ${input.revision}
       AND EXISTS (SELECT 1 FROM "Respondent" r
                    WHERE r.id = a."respondentId" AND r."companyId" = a."companyId" AND r."tokenHash" = ${hashToken(token)} AND r.kind = ${workshopGuestKind}
                      AND (r."tokenExpiresAt" IS NULL OR r."tokenExpiresAt" > now()))
       AND NOT EXISTS (SELECT 1 FROM "WorkshopParticipant" p JOIN "Workshop" w ON w.id = p."workshopId"
                        WHERE p."respondentId" = a."respondentId" AND w.status = 'closed')
    RETURNING a.revision`;
  return rows.length ? { revision: rows[0].revision, savedAt: new Date().toISOString() } : null;
}

/**
 * Autosave with a checked context (members after the full checks, guests through their link):
 * optimistic concurrency, the write only succeeds when the stored revision is the one the client
 * started from; otherwise 409 with the newer state, which the client loads.
 */
export async function saveAnswers(ctx: CompanyContext, id: string, input: SaveAnswersInput): Promise<SaveResult> {
  if (!isValidId(id)) throw new AppError("not_found", "assessmentNotFound");
  const q = await questionnaireOf(ctx.companyId, id);
  if (!q || answersFit(q, input) !== true) return refuse(ctx, id, input);
  const own =
    ctx.respondentId !== null
      ? Prisma.sql`a."respondentId" = ${ctx.respondentId}`
      : Prisma.sql`EXISTS (SELECT 1 FROM "Respondent" r WHERE r.id = a."respondentId" AND r."userId" = ${ctx.userId})`;
  const update = (tx: Tx) => tx.$queryRaw<{ revision: number }[]>`
    UPDATE "Assessment" a
       SET ${newAnswers(input)}
     WHERE a.id = ${id} AND a."companyId" = ${ctx.companyId} AND a.status = 'draft' AND a.revision = ${input.revision} AND ${own}
    RETURNING a.revision`;
  // an outsider's saves (a cooperation partner's) are on the company's access log, in the same transaction
  const rows = isOutsider(ctx.via)
    ? await db().$transaction(async (tx) => {
        const r = await update(tx);
        if (r.length) await audit(tx, { ...auditActor(ctx), action: "assessment.save", target: id });
        return r;
      })
    : await update(db());
  if (!rows.length) return refuse(ctx, id, input);
  return { revision: rows[0].revision, savedAt: new Date().toISOString() };
}

/** One's own draft with its questionnaire, or the AppError that says why not (also for submitting). */
export async function editableDraft(ctx: CompanyContext, id: string) {
  const a = await getDraftAssessment(ctx, id);
  if (!isOwnRespondent(ctx, a.respondent)) throw new AppError("forbidden", "notYourAssessment");
  if (a.status !== "draft") {
    throw new AppError("conflict", "alreadySubmitted", { revision: a.revision, answers: a.answers, currentPage: a.currentPage, status: a.status });
  }
  const q = contentRegistry().get(a.questionnaireKey, a.contentVersion);
  if (!q) throw contentMissing();
  return { a, q };
}

/** Why a save did not write, in the order of the checks: not found, not one's own, submitted, missing content, bad answers, stale. */
async function refuse(ctx: CompanyContext, id: string, input: SaveAnswersInput): Promise<never> {
  const { q } = await editableDraft(ctx, id);
  const problems = checkAnswers(q, input.answers);
  if (problems.length) throw new AppError("unprocessable", "invalidAnswers", { problems });
  const current = await getDraftAssessment(ctx, id);
  throw new AppError("conflict", "staleRevision", { revision: current.revision, answers: current.answers, currentPage: current.currentPage, status: current.status });
}
