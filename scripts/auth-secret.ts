import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

/**
 * The generated auth secret in `.data/auth-secret` (embedded mode without NEXTAUTH_SECRET). A missing
 * or empty file gets a new secret; anything else must be at least 32 printable ASCII characters, as
 * written by us. A corrupted file stops the start with a message that describes it but never prints
 * its bytes (it is a secret, and binary junk garbles the terminal and the log).
 */
export const MIN_SECRET_LENGTH = 32;

export type SecretFile = { secret: string; generated: boolean };

export function ensureSecretFile(file: string): SecretFile {
  const raw = existsSync(file) ? readFileSync(file) : null;
  if (raw === null || raw.toString("latin1").trim() === "") {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600 });
    return { secret, generated: true };
  }
  const text = raw.toString("latin1").trim();
  const printable = /^[\x21-\x7e]+$/.test(text);
  if (!printable || text.length < MIN_SECRET_LENGTH) {
    const what = !printable ? `${raw.length} bytes with characters that are not printable ASCII` : `only ${text.length} characters`;
    throw new Error(
      `${file} does not hold a valid auth secret (${what}; expected at least ${MIN_SECRET_LENGTH} printable ASCII characters). ` +
        `Delete the file to generate a new one (everybody has to sign in again), or set NEXTAUTH_SECRET.`,
    );
  }
  return { secret: text, generated: false };
}
