import "server-only";
import { readFile } from "node:fs/promises";
import { getEnv } from "../env";
import { log } from "../log";
import { parseLegalMarkdown, type Block } from "./markdown";

export type LegalKind = "imprint" | "privacy";

/** The environment variable that names each page's file (KMU_IMPRINT_FILE, KMU_PRIVACY_FILE). */
export const legalFileVariable: Record<LegalKind, "KMU_IMPRINT_FILE" | "KMU_PRIVACY_FILE"> = {
  imprint: "KMU_IMPRINT_FILE",
  privacy: "KMU_PRIVACY_FILE",
};

/**
 * The operator's text for /impressum or /datenschutz, parsed from the configured Markdown or
 * plain-text file; null when none is configured (the page then says so). Read on every request,
 * so an operator can correct the file without a restart; a file that disappeared or is empty
 * counts as not configured and is logged.
 */
export async function legalDocument(kind: LegalKind): Promise<Block[] | null> {
  const file = getEnv()[legalFileVariable[kind]];
  if (!file) return null;
  try {
    const blocks = parseLegalMarkdown((await readFile(file, "utf8")).slice(0, 200_000));
    if (blocks.length > 0) return blocks;
    log().warn({ file, variable: legalFileVariable[kind] }, "legal page file is empty");
  } catch (err) {
    log().warn({ err, file, variable: legalFileVariable[kind] }, "legal page file cannot be read");
  }
  return null;
}

/** Who runs this instance (KMU_HOST_NAME), or null. */
export function hostName(): string | null {
  return getEnv().KMU_HOST_NAME ?? null;
}
