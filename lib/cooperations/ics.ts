/**
 * A calendar entry (iCalendar, RFC 5545) for one all-day date, e.g. a cooperation's next
 * evaluation. Pure. Lines end in CRLF, text values escape backslash, semicolon, comma and line
 * breaks, and lines longer than 75 octets are folded (CRLF + space) without splitting a UTF-8 character.
 */
export type IcsEvent = {
  uid: string;
  /** calendar day YYYY-MM-DD */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  /** DTSTAMP: when the file was made */
  now: Date;
};

export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line at 75 octets (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(cur);
      cur = "";
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join("\r\n ");
}

const compactDay = (d: string) => d.replace(/-/g, "");
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

export function buildIcs(e: IcsEvent): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) || Number.isNaN(new Date(`${e.date}T00:00:00Z`).getTime())) throw new Error(`not a calendar day: ${e.date}`);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//KMU-Kompass//Kooperation//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${stamp(e.now)}`,
    `DTSTART;VALUE=DATE:${compactDay(e.date)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
