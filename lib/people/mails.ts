import type { Mail } from "../mail/send";
import { grantParts, type GrantScope, type Role } from "../auth/policy";
import { dateFormat } from "../i18n/config";

/**
 * Texts of the mails, German first and English below (the recipient's language is not known).
 * Plain text only: nothing in a mail is HTML.
 */
const roleText = { owner: ["Inhaber/in (verwaltet auch Personen und Daten)", "owner (also manages people and data)"], member: ["Mitglied (beantwortet den eigenen Selbstcheck, sieht die Ergebnisse und arbeitet am Plan mit)", "member (answers their own self-check, sees the results and works on the plan)"] } as const;

export function invitationMail(p: { to: string; company: string; inviter: string; role: Role; link: string; days: number }): Mail {
  return {
    to: p.to,
    subject: `Einladung zu KMU-Kompass: ${p.company} / Invitation`,
    text: [
      `${p.inviter} lädt Sie ein, bei KMU-Kompass für „${p.company}“ mitzumachen – als ${roleText[p.role][0]}.`,
      `Öffnen Sie den Link, melden Sie sich an oder legen Sie ein Konto an, und nehmen Sie die Einladung an:`,
      p.link,
      `Der Link gilt ${p.days} Tage und nur einmal.`,
      "",
      `${p.inviter} invites you to join "${p.company}" on KMU-Kompass as ${roleText[p.role][1]}. Open the link, sign in or create an account and accept. The link works once, for ${p.days} days.`,
    ].join("\n"),
  };
}

export function reminderMail(p: { to: string; company: string; inviter: string; link: string; invited: boolean }): Mail {
  return {
    to: p.to,
    subject: `Erinnerung: Selbstcheck für ${p.company} / Reminder`,
    text: [
      p.invited
        ? `${p.inviter} erinnert Sie an die Einladung zu „${p.company}“. Hier ist ein neuer Link (der alte gilt nicht mehr):`
        : `${p.inviter} erinnert Sie daran, Ihren Selbstcheck für „${p.company}“ auszufüllen. Ihre Sicht zählt: Wo Sie anders antworten als Ihre Kolleginnen und Kollegen, entsteht die Tagesordnung für das nächste Gespräch.`,
      p.link,
      "",
      p.invited ? `${p.inviter} reminds you of the invitation to "${p.company}". A new link (the old one no longer works) is above.` : `${p.inviter} reminds you to complete your self-check for "${p.company}" at the link above.`,
    ].join("\n"),
  };
}

const scopeText: Record<GrantScope, [string, string]> = {
  results: ["die Ergebnisse und den Maßnahmenplan", "the results and the action plan"],
  pdfs: ["die PDF-Berichte", "the PDF reports"],
  answers: ["die Antworten jeder einzelnen Person", "each person's answers"],
};

export function grantMail(p: { to: string; company: string; granter: string; scopes: readonly GrantScope[]; until: string; link: string; days: number }): Mail {
  const parts = grantParts(p.scopes);
  // the chosen calendar day as words, in each language ("6. Juni 2027", not "2027-06-06")
  const day = (locale: "de" | "en") => dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${p.until}T12:00:00Z`));
  return {
    to: p.to,
    subject: `${p.company} gibt Ihnen Einblick in KMU-Kompass / Access granted`,
    text: [
      `${p.granter} gibt Ihnen für „${p.company}“ Lesezugriff auf ${parts.map((s) => scopeText[s][0]).join(", ")} – bis einschließlich ${day("de")}.`,
      `Das Unternehmen kann den Zugriff jederzeit beenden und sieht in seinem Zugriffsprotokoll, wann Sie was gelesen haben.`,
      `Zum Annehmen öffnen Sie den Link und melden sich mit dieser E-Mail-Adresse an (oder legen ein Konto an):`,
      p.link,
      `Der Link gilt ${p.days} Tage und nur einmal.`,
      "",
      `${p.granter} gives you read access to ${parts.map((s) => scopeText[s][1]).join(", ")} of "${p.company}" until ${day("en")} (inclusive). The company can end it at any time and sees in its access log what you read. Open the link and sign in with this e-mail address to accept.`,
    ].join("\n"),
  };
}

export function resetMail(p: { to: string; link: string; minutes: number }): Mail {
  return {
    to: p.to,
    subject: "Passwort zurücksetzen / Reset your password",
    text: [
      `Für Ihr Konto bei KMU-Kompass wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest (gültig ${p.minutes} Minuten, nur einmal):`,
      p.link,
      `Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.`,
      "",
      `Someone asked to reset the password of your KMU-Kompass account. Set a new one with the link above (valid for ${p.minutes} minutes, once). If it was not you, ignore this mail.`,
    ].join("\n"),
  };
}
