import type { Mail } from "../mail/send";

/** The mail with the claim link, German first and English below (plain text). */
export function claimMail(p: { to: string; workshop: string; code: string; link: string; days: number }): Mail {
  return {
    to: p.to,
    subject: `Ihr Ergebnis aus dem Workshop „${p.workshop}“ / Your workshop result`,
    text: [
      `Sie haben im Workshop „${p.workshop}“ einen Selbstcheck gemacht. Mit diesem Link übernehmen Sie Ihr Ergebnis in ein eigenes Konto:`,
      p.link,
      `Oder geben Sie nach der Anmeldung den Code ${p.code} ein. Er gilt ${p.days} Tage und nur einmal.`,
      "",
      `You did a self-check in the workshop "${p.workshop}". Open the link to take your result into an account of your own, or enter the code ${p.code} after signing in. It works once, for ${p.days} days.`,
    ].join("\n"),
  };
}
