import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderOutlinePdf } from "./outline-document";
import { translator } from "@/lib/i18n/server";
import { buildAgreementOutline } from "@/lib/cooperations/outline";
import { outlineLabels } from "@/lib/cooperations/labels";
import { readAgreement, readProfile, AGREEMENT_FIELDS } from "@/lib/cooperations/schemas";

const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-outline-"));

/** About 4000 characters (the field's limit) of numbered sentences, so a missing piece shows by its number. */
const long = (field: string) => Array.from({ length: 60 }, (_, i) => `${field} Satz ${i + 1} von 60 ist hier.`).join(" ").slice(0, 4000);

describe("agreement outline PDF", () => {
  it("keeps every word of answers at the field's limit: sections run over pages instead of overlapping or being cut off", async () => {
    const t = translator("de");
    const agreement = readAgreement(Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f, long(f)])));
    const outline = buildAgreementOutline({ companyName: "Muster GmbH", partnerName: "Titan AG", goal: "Lieferzeit senken", agreement, profile: readProfile({ weBring: "Fräsen" }), labels: outlineLabels(t) });
    const labels = { title: "Entwurf", subtitle: "Gliederung", disclaimer: "Keine Rechtsberatung", open: "offen", openBadge: "offen", openCount: "0 offen", date: "Stand", footer: "KMU-Kompass", page: "Seite" };
    const file = path.join(dir, "outline-long.pdf");
    writeFileSync(file, await renderOutlinePdf({ outline, labels, dateText: "6. Dezember 2026", locale: "de" }));
    // the answers' column only (A4 is 595 pt wide: 48 pt margin + 170 pt label column), so a label or
    // the page's footer that falls into a sentence running on to the next page does not split it
    const column = execFileSync("pdftotext", ["-x", "216", "-y", "0", "-W", "340", "-H", "842", file, "-"], { encoding: "utf8" });
    const answers = column.replace(/Seite \d+ \/ \d+/g, " ").replace(/\s+/g, " ");
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThan(3);
    for (const f of AGREEMENT_FIELDS) {
      const last = Math.max(...[...long(f).matchAll(/Satz (\d+) von 60 ist hier\./g)].map((m) => Number(m[1])));
      for (let i = 1; i <= last; i++) expect(answers, `${f}: sentence ${i}`).toContain(`${f} Satz ${i} von 60 ist hier.`);
    }
    // every section heading, in order
    let at = -1;
    for (const sec of outline.sections) {
      const i = text.indexOf(`${sec.number}. ${sec.title}`);
      expect(i, sec.title).toBeGreaterThan(at);
      at = i;
    }
  }, 60_000);
});
