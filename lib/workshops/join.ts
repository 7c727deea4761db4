import "server-only";
import { db } from "../db/client";
import { lockInTransaction } from "../db/xact-lock";
import { AppError } from "../errors";
import { audit, type Tx } from "../audit/write";
import { guardToken } from "../auth/rate-limit";
import { hashToken, newToken, tokenPattern } from "../people/tokens";
import { createGuestRespondent } from "../guests/respondents";
import { createConsentGrant } from "../grants/mutations";
import { normalizeJoinCode } from "./join-code";
import type { JoinColleagueInput, JoinInput } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;
/** How long a participant's personal link works: long enough to finish at home and take the result into an account. */
export const GUEST_LINK_DAYS = 180;
/** How long the advisor may see a consenting company's result (the company can end it any time). */
export const CONSENT_DAYS = 90;
/** At most this many people join one workshop (a room, not a website): a shared code cannot fill the database. */
export const MAX_WORKSHOP_PARTICIPANTS = 250;

const INVALID = ["joinCodeUnknown", "colleagueLinkInvalid", "claimCodeInvalid"] as const;

/** Checks a join code, colleague link or claim code against the rate limit of wrong tries (per user or address). */
export function guardCode<T>(keys: string[], attempt: () => Promise<T>): Promise<T> {
  return guardToken(keys, attempt, { limit: "joinCode", invalid: INVALID });
}

/** A workshop is past the day after its date (a late evening still counts). */
export function isPast(date: Date, now = new Date()): boolean {
  return date.getTime() + 2 * DAY <= now.getTime();
}

async function findByCode(input: string) {
  const code = normalizeJoinCode(input);
  const w = code ? await db().workshop.findUnique({ where: { joinCode: code }, include: { advisor: { select: { id: true, email: true } } } }) : null;
  if (!w) throw new AppError("not_found", "joinCodeUnknown");
  return w;
}

export type JoinPreview = { title: string; date: Date; place: string; code: string; state: "open" | "closed" | "past" | "full"; colleagueOf: string | null };

/** What the join page shows for a code: the workshop and whether it still takes joins; a wrong code is a 404 "joinCodeUnknown". */
export async function previewJoin(input: string, keys: string[], colleague?: string): Promise<JoinPreview> {
  return guardCode(keys, async () => {
    const w = await findByCode(input);
    const state = w.status === "closed" ? "closed" : isPast(w.date) ? "past" : (await seatsTaken(db(), w.id)) >= MAX_WORKSHOP_PARTICIPANTS ? "full" : "open";
    const company = colleague ? await colleagueCompany(w.id, colleague).catch(() => null) : null;
    return { title: w.title, date: w.date, place: w.place, code: w.joinCode, state, colleagueOf: company?.company.name ?? null };
  });
}

async function joinable(input: string) {
  const w = await findByCode(input);
  if (w.status === "closed") throw new AppError("conflict", "workshopClosed");
  if (isPast(w.date)) throw new AppError("conflict", "workshopPast");
  return w;
}

function colleagueCompany(workshopId: string, token: string) {
  if (!tokenPattern.test(token)) throw new AppError("not_found", "colleagueLinkInvalid");
  return db()
    .workshopCompany.findFirst({ where: { workshopId, colleagueTokenHash: hashToken(token) }, select: { companyId: true, company: { select: { name: true } } } })
    .then((c) => {
      if (!c) throw new AppError("not_found", "colleagueLinkInvalid");
      return c;
    });
}

function seatsTaken(client: Pick<Tx, "workshopParticipant">, workshopId: string) {
  return client.workshopParticipant.count({ where: { workshopId } });
}

/**
 * Takes a seat in the workshop for this transaction's join, or refuses when it is full. Under an
 * advisory lock per workshop, so that joins at the same moment (on any instance) count one after the other.
 */
async function takeSeat(tx: Tx, workshopId: string) {
  await lockInTransaction(tx, "workshop-join:" + workshopId);
  if ((await seatsTaken(tx, workshopId)) >= MAX_WORKSHOP_PARTICIPANTS) throw new AppError("conflict", "workshopFull", { max: MAX_WORKSHOP_PARTICIPANTS });
}

async function addParticipant(tx: Tx, p: { workshopId: string; companyId: string; name?: string; email?: string }) {
  const n = await tx.workshopParticipant.count({ where: { companyId: p.companyId } });
  const displayName = p.name ?? `Teilnehmer/in ${n + 1}`;
  const { respondentId, token } = await createGuestRespondent(tx, { companyId: p.companyId, kind: "guest", displayName, expiresAt: new Date(Date.now() + GUEST_LINK_DAYS * DAY) });
  await tx.workshopParticipant.create({ data: { workshopId: p.workshopId, companyId: p.companyId, respondentId, email: p.email } });
  const actor = { companyId: p.companyId, userId: null, actor: `${displayName} (Workshop)`, via: `guest:workshop:${respondentId}` };
  await audit(tx, { ...actor, action: "workshop.join", target: p.workshopId });
  return { token, actor };
}

/**
 * The first person of a company joins: a company without members is created for the workshop, with
 * this person as its guest respondent; with consent, the advisor may read its results at once.
 */
export async function joinWorkshop(code: string, input: JoinInput, keys: string[]): Promise<{ token: string }> {
  const w = await guardCode(keys, () => joinable(code));
  return db().$transaction(async (tx) => {
    await takeSeat(tx, w.id);
    const company = await tx.company.create({ data: { name: input.companyName, industry: input.industry, sizeBand: input.sizeBand, region: input.region }, select: { id: true } });
    const wc = await tx.workshopCompany.create({ data: { workshopId: w.id, companyId: company.id, colleagueTokenHash: newToken().hash }, select: { id: true } });
    const { token, actor } = await addParticipant(tx, { workshopId: w.id, companyId: company.id, name: input.name, email: input.email });
    if (input.consent) {
      const grantId = await createConsentGrant(tx, { companyId: company.id, advisor: w.advisor, days: CONSENT_DAYS, actor, note: `workshop:${w.id}` });
      await tx.workshopCompany.update({ where: { id: wc.id }, data: { grantId } });
    }
    return { token };
  });
}

/** A colleague joins the company the colleague link belongs to (their own copy; the company counts once). */
export async function joinAsColleague(code: string, input: JoinColleagueInput, keys: string[]): Promise<{ token: string }> {
  const { w, company } = await guardCode(keys, async () => {
    const w = await joinable(code);
    return { w, company: await colleagueCompany(w.id, input.colleague) };
  });
  return db().$transaction(async (tx) => {
    await takeSeat(tx, w.id);
    return { token: (await addParticipant(tx, { workshopId: w.id, companyId: company.companyId, name: input.name, email: input.email })).token };
  });
}
