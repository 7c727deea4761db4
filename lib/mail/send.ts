import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { db } from "../db/client";
import { getEnv } from "../env";
import { log } from "../log";
import type { Tx } from "../audit/write";

export type Mail = { to: string; subject: string; text: string };

const g = globalThis as unknown as { __kmuMail?: Transporter | null };

function transport(): Transporter | null {
  if (g.__kmuMail === undefined) {
    const url = getEnv().SMTP_URL;
    g.__kmuMail = url ? createTransport(url) : null;
  }
  return g.__kmuMail;
}

/** True when mail really leaves the server; otherwise it waits in the outbox that admins read in the app. */
export function mailConfigured(): boolean {
  return !!getEnv().SMTP_URL;
}

/**
 * Every mail is first written to the outbox (inside the caller's transaction, so a rolled-back
 * change sends nothing). `deliver` then hands it to SMTP when one is configured.
 */
export async function queueMail(tx: Tx, mail: Mail): Promise<string> {
  const row = await tx.outboxMail.create({ data: mail, select: { id: true } });
  return row.id;
}

/** Sends a queued mail via SMTP (after the transaction committed); without SMTP it stays in the outbox. */
export async function deliver(id: string): Promise<void> {
  const t = transport();
  if (!t) return;
  const m = await db().outboxMail.findUnique({ where: { id } });
  if (!m || m.sentAt) return;
  try {
    await t.sendMail({ from: getEnv().MAIL_FROM, to: m.to, subject: m.subject, text: m.text });
    await db().outboxMail.update({ where: { id }, data: { sentAt: new Date(), error: null } });
  } catch (e) {
    log().warn({ err: e, mailId: id }, "mail not sent");
    await db().outboxMail.update({ where: { id }, data: { error: String((e as Error).message ?? e).slice(0, 500) } });
  }
}

export function listOutbox(limit = 100) {
  return db().outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
